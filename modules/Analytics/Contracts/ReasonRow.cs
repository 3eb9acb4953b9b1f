namespace CollectionGrains.Analytics;

/// <summary>
/// 欠费原因 of one group: the households whose last recorded reason (at the period's end) is this category and wording —
/// or who were in arrears then with no reason recorded (<paramref name="Category"/> null) — within one value of the cut,
/// their overdue principal at the period's end, and the period's bills' principal and what was collected of it by then.
/// </summary>
[GenerateSerializer, Immutable, Alias("analytics.ReasonRow")]
public sealed record ReasonRow(
    [property: Id(0)] Collection.ArrearsReasonCategory? Category,
    [property: Id(1)] string Reason,
    [property: Id(2)] string Cut,
    [property: Id(3)] string CutLabel,
    [property: Id(4)] int Households,
    [property: Id(5)] decimal Overdue,
    [property: Id(6)] decimal Receivable,
    [property: Id(7)] decimal Collected)
{
    /// <summary>收缴率 of the period's bills in this group (null when it was billed nothing).</summary>
    public decimal? CollectionRate => Receivable == 0 ? null : Math.Round(Collected / Receivable, 4);
}
