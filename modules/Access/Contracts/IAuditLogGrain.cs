using Orleans.Concurrency;

namespace CollectionGrains.Access;

/// <summary>The append-only audit log in PostgreSQL (access.audit_entry); any activation writes and reads it.</summary>
public interface IAuditLogGrain : IGrainWithIntegerKey
{
    /// <summary>Appends an entry (its sequence and time are given by the database) and returns it as stored.</summary>
    Task<AuditEntry> AppendAsync(AuditEntry entry);

    /// <summary>A group's entries, newest first, older than <paramref name="beforeSequence"/> when given.</summary>
    [ReadOnly]
    Task<IReadOnlyList<AuditEntry>> ReadAsync(string groupId, long? beforeSequence, int count);
}
