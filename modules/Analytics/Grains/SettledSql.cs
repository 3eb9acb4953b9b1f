namespace CollectionGrains.Analytics;

/// <summary>
/// What settled bills, a row per allocation or waiver: <c>household_id, bill_id, on_day, paid, late_fee, waived</c> (paid and
/// waived principal; the late fee an allocation paid, negative when the ledger returned some).
/// Allocations of reversed payments are left out (<c>billing.effective_allocation</c>), so a reversal counts as if the
/// payment had never been.
/// </summary>
internal static class SettledSql
{
    public const string Rows = """
        (SELECT a.household_id, a.bill_id, a.allocated_on AS on_day, a.principal AS paid, a.late_fee, 0::numeric AS waived FROM billing.effective_allocation a
         UNION ALL
         SELECT w.household_id, w.bill_id, w.waived_on, 0, 0, w.principal FROM billing.waiver w)
        """;
}
