namespace CollectionGrains.Billing;

/// <summary>
/// One bill period of a node's history: the principal billed for it (应收), what of it was paid by the month's end and
/// what has been paid to date (reversed payments do not count; waivers are not payments).
/// </summary>
[GenerateSerializer, Immutable, Alias("billing.MonthCollection")]
public sealed record MonthCollection(
    [property: Id(0)] Kernel.Period Period,
    [property: Id(1)] decimal Receivable,
    [property: Id(2)] decimal CollectedByMonthEnd,
    [property: Id(3)] decimal CollectedToDate)
{
    /// <summary>收缴率 at the month's end: what a month-end report showed for it.</summary>
    public decimal RateAtMonthEnd => Receivable == 0 ? 0 : Math.Round(CollectedByMonthEnd / Receivable, 4);
}
