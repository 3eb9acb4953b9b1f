using CollectionGrains.Collection;

namespace CollectionGrains.Billing.Ledger;

/// <summary>What a household tells its collection case, worked out from its ledger: by its grain, and by an import that writes its state.</summary>
internal static class CaseNews
{
    public static LedgerPosition Position(HouseholdProfile profile, HouseholdLedger ledger, long commitCount, DateOnly today, Customers.Grade grade)
    {
        var arrears = ledger.Arrears(profile.HouseholdId, today);
        var paid = ledger.State.Payments.Where(p => !p.Reversed).Sum(p => p.Amount);
        return new LedgerPosition(profile.HouseholdId, profile.ProjectId, profile.BuildingId, new HouseholdReportVersion(commitCount, today).Value,
            arrears.Total, arrears.OldestDueDate, paid, arrears.Principal, grade);
    }

    public static ArrearsSignal Signal(LedgerPosition position, ArrearsCause cause, DateTimeOffset now) =>
        new(position.HouseholdId, position.ProjectId, position.BuildingId, position.Version, position.Owed,
            position.OldestDueDate, position.TotalPaid, cause, now, position.Principal, position.Grade);
}
