using Microsoft.Extensions.Logging;

namespace CollectionGrains.Billing;

/// <summary>The Billing module's log lines (source-generated).</summary>
internal static partial class BillingLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Household {HouseholdId} could not report its totals to {BuildingId}; retrying")]
    public static partial void HouseholdNotReported(this ILogger logger, Exception exception, string householdId, string buildingId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Billing journal of household {HouseholdId} not written yet; retrying")]
    public static partial void BillingJournalPending(this ILogger logger, Exception exception, string householdId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Household {HouseholdId} could not tell its collection case; retrying")]
    public static partial void CaseNotTold(this ILogger logger, Exception exception, string householdId);
}
