using CollectionGrains.Analytics.Finance;
using CollectionGrains.Analytics.Reasons;
using CollectionGrains.Kernel;
using Npgsql;

namespace CollectionGrains.Analytics.Standing;

/// <summary>
/// The arrears reasons, finance report and roll-rate pair of a node above a project, summed from the households'
/// standing (<see cref="StandingRefreshSql"/>): today's rows, or with <c>month</c> the rows as of the last day of the
/// month before today's, whose period is the parameter each statement names.
/// </summary>
internal static class StandingSql
{
    /// <summary><see cref="FinanceSql.Items"/>' rows from the standing: $1 the node's projects ($4 the month).</summary>
    public static string FinanceItems(bool month) => $$"""
        SELECT item_code, {{FinanceSql.Sums}}
          FROM {{Rows("household_item_standing", month, "$4")}} project_id = ANY($1)
         GROUP BY item_code
         ORDER BY item_code
        """;

    /// <summary><see cref="FinanceSql.Prepaid"/> from the standing: $1 the node's projects ($4 the month).</summary>
    public static string Prepaid(bool month) => $"SELECT coalesce(sum(prepaid), 0) FROM {Rows("household_standing", month, "$4")} project_id = ANY($1)";

    /// <summary>
    /// <see cref="Rolls.RollRateSql"/>'s rows for the pair (the last day of the month before, the day the rows are as
    /// of), from the standing: $1 the node's projects, $2 and $3 the two days ($4 the month).
    /// </summary>
    public static string RollPair(bool month) => $$"""
        WITH pair AS (
            SELECT {{RollState("s.before_oldest", "$2")}} AS state_before, {{RollState("s.oldest", "$3")}} AS state_after, s.before_overdue, s.overdue
              FROM {{Rows("household_standing", month, "$4")}} s.project_id = ANY($1))
        SELECT 2, state_before, state_after, count(*)::int, sum(before_overdue), sum(overdue) FROM pair
         WHERE state_before > 0 OR state_after > 0
         GROUP BY 2, 3
        UNION ALL
        SELECT 0, 0, 0, (SELECT count(*) FROM {{Rows("household_standing", month, "$4")}} s.project_id = ANY($1))::int, 0, 0
         ORDER BY 1, 2, 3
        """;

    /// <summary>
    /// The table's rows as <c>s</c> (<paramref name="join"/> after it), up to a <c>WHERE … AND</c> for the statement to
    /// finish: today's, or the month's (<paramref name="period"/>).
    /// </summary>
    private static string Rows(string table, bool month, string period, string join = "") => month
        ? $"analytics.{table.Replace("_standing", "_month_standing", StringComparison.Ordinal)} s {join} WHERE s.period = {period} AND"
        : $"analytics.{table} s {join} WHERE";

    private static string RollState(string oldest, string day) =>
        $"CASE WHEN {oldest} IS NULL THEN 0 WHEN {day} - {oldest} <= 30 THEN 1 WHEN {day} - {oldest} <= 90 THEN 2 " +
        $"WHEN {day} - {oldest} <= 180 THEN 3 WHEN {day} - {oldest} <= 365 THEN 4 ELSE 5 END";

    /// <summary>
    /// <see cref="ReasonSql.For"/>'s rows from the standing: $1 the node's projects, $3 the day the rows are as of ($5 the
    /// month), $6/$7 projects and the child each lies under (cut by node).
    /// </summary>
    public static string Reasons(ReasonCut cut, bool month) => $$"""
        SELECT s.reason_category, coalesce(s.reason, ''), {{ReasonSql.Cut(cut, "s.oldest", "coalesce(m.child, '')")}} AS cut, count(*)::int,
               sum(s.overdue), sum(s.receivable), sum(s.collected)
          FROM {{Rows("household_standing", month, "$5", cut == ReasonCut.Node ? "LEFT JOIN unnest($6::text[], $7::text[]) m(place, child) ON m.place = s.project_id" : "")}}
               s.project_id = ANY($1) AND (s.reason_category IS NOT NULL OR s.overdue > 0)
         GROUP BY 1, 2, 3
         ORDER BY 1 NULLS LAST, 2, 3
        """;
}
