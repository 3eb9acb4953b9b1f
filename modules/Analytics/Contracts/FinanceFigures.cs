namespace CollectionGrains.Analytics;

/// <summary>
/// 收费 / 应收 / 欠费 figures of one charge item (or all) for a month, as of its last day (today for this month): the month's bills (应收), what payments settled of their principal (实收) and late fees, what
/// was waived; the same for the bills of the month's year (年累计); the bills of earlier years unpaid on 1 January
/// (年初欠费) and what payments settled of them since (清欠); and the principal overdue that day (欠费).
/// </summary>
[GenerateSerializer, Immutable, Alias("analytics.FinanceFigures")]
public sealed record FinanceFigures(
    [property: Id(0)] string ItemCode,
    [property: Id(1)] string ItemName,
    [property: Id(2)] decimal Receivable,
    [property: Id(3)] decimal Collected,
    [property: Id(4)] decimal LateFeesCollected,
    [property: Id(5)] decimal Waived,
    [property: Id(6)] decimal ReceivableYear,
    [property: Id(7)] decimal CollectedYear,
    [property: Id(8)] decimal OpeningArrears,
    [property: Id(9)] decimal Recovered,
    [property: Id(10)] decimal Arrears)
{
    public decimal? CollectionRate => Receivable == 0 ? null : Math.Round(Collected / Receivable, 4);

    public decimal? CollectionRateYear => ReceivableYear == 0 ? null : Math.Round(CollectedYear / ReceivableYear, 4);

    /// <summary>The sum of several items' figures, under the given code and name.</summary>
    public static FinanceFigures Sum(string code, string name, IEnumerable<FinanceFigures> items)
    {
        var all = items.ToList();
        return new FinanceFigures(code, name, all.Sum(i => i.Receivable), all.Sum(i => i.Collected), all.Sum(i => i.LateFeesCollected), all.Sum(i => i.Waived),
            all.Sum(i => i.ReceivableYear), all.Sum(i => i.CollectedYear), all.Sum(i => i.OpeningArrears), all.Sum(i => i.Recovered), all.Sum(i => i.Arrears));
    }
}
