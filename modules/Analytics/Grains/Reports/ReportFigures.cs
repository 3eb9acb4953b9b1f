using CollectionGrains.Organisation;

namespace CollectionGrains.Analytics.Reports;

/// <summary>
/// What a node's analysis report shows, as gathered from the analyses: the finance report of the month holding the
/// period's end, each child node's totals that month, the six months up to it (closed months from their snapshots),
/// the period's collection effect (by child node; by collector at a project and below), and for a month its arrears
/// reasons and roll rates, for a project's week its weekly review. A closed month's report is kept as a whole.
/// </summary>
internal sealed record ReportFigures(
    string Title,
    string NodeName,
    OrgLevel Level,
    ReportCadence Cadence,
    DateOnly Start,
    DateOnly End,
    FinanceReport Finance,
    IReadOnlyList<FinanceFigures> Children,
    IReadOnlyList<FinanceFigures> Trend,
    EffectDimension EffectBy,
    IReadOnlyList<EffectRow> Effect,
    IReadOnlyList<ReasonRow> Reasons,
    RollMonth? Roll,
    WeeklyReview? Review)
{
    public const int TrendMonths = 6;
}
