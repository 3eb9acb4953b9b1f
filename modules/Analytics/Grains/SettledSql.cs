namespace CollectionGrains.Analytics;

/// <summary>
/// What settled bills' principal, a row per allocation or waiver: <c>household_id, bill_id, on_day, paid, waived</c>.
/// Allocations of reversed payments are left out (<c>billing.effective_allocation</c>), so a reversal counts as if the
/// payment had never been.
/// </summary>
internal static class SettledSql
{
    public const string Rows = """
        (SELECT a.household_id, a.bill_id, a.allocated_on AS on_day, a.principal AS paid, 0::numeric AS waived FROM billing.effective_allocation a
         UNION ALL
         SELECT w.household_id, w.bill_id, w.waived_on, 0, w.principal FROM billing.waiver w)
        """;
}
