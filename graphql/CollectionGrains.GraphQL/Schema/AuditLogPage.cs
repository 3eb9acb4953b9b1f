using System.Globalization;
using System.Text;
using CollectionGrains.Access;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Errors;
using GraphQL;
using GraphQL.Types.Relay.DataObjects;

namespace CollectionGrains.GraphQL.Schema;

/// <summary>Pages of the caller's group's audit log, newest first, with the entry's sequence as the cursor.</summary>
internal static class AuditLogPage
{
    private const string CursorPrefix = "audit:";

    public static async Task<Connection<AuditEntry>> ReadAsync(IGrainFactory grains, IResolveFieldContext context)
    {
        var caller = AccessChecks.UserContextOf(context).Caller!;
        var groupId = await caller.GroupIdAsync();
        if (groupId is null || groupId != caller.Account.ScopeNodeId)
        {
            throw ApiError.Forbidden("the audit log is read by a user whose scope is the whole group");
        }
        var first = Pages.CheckFirst(context.GetArgument<int?>("first"));
        var after = context.GetArgument<string?>("after");
        var entries = await grains.GetGrain<IAuditLogGrain>(0).ReadAsync(groupId, after is null ? null : Decode(after), first + 1);
        var page = entries.Take(first).Select(e => (e, Encode(e.Sequence))).ToList();
        var connection = Pages.Build(page, 0, entries.Count > first, after is not null);
        connection.TotalCount = null;
        return connection;
    }

    private static string Encode(long sequence) => Convert.ToBase64String(Encoding.UTF8.GetBytes(CursorPrefix + sequence.ToString(CultureInfo.InvariantCulture)));

    private static long Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(CursorPrefix, StringComparison.Ordinal) && long.TryParse(text.AsSpan(CursorPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
            {
                return sequence;
            }
        }
        catch (FormatException)
        {
        }
        throw ApiError.BadInput("after is not a cursor of the audit log");
    }
}
