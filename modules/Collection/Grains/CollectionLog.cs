using Microsoft.Extensions.Logging;

namespace CollectionGrains.Collection;

/// <summary>The Collection module's log lines (source-generated).</summary>
internal static partial class CollectionLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {HouseholdId} could not report its figures to {BuildingId} (attempt {Attempt}); retrying")]
    public static partial void CaseNotReported(this ILogger logger, Exception exception, string householdId, string buildingId, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Collection journal of case {HouseholdId} not written yet; retrying")]
    public static partial void CollectionJournalPending(this ILogger logger, Exception exception, string householdId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {HouseholdId} could not tell its ledger of its contacts; retrying")]
    public static partial void ContactsNotTold(this ILogger logger, Exception exception, string householdId);
}
