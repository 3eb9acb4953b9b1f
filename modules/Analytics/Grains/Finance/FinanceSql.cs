namespace CollectionGrains.Analytics.Finance;

/// <summary>
/// The finance statements. $1/$2 the node's projects / buildings, $3 the day (the month's last, or today), $4 the month
/// (yyyy-MM), $5 1 January of its year, $6 the year (yyyy), $7 the instant after the day. Bills count by their month and
/// due date (opening arrears imported later count in the months they belong to), settlements (allocations, waivers) when
/// dated by the day; payments reversed since count as never made. The figures per household and charge item
/// (<see cref="ItemFigures"/>) and per household (<see cref="PrepaidFigures"/>) are shared with the households' standing.
/// </summary>
internal static class FinanceSql
{
    /// <summary>Where the report's statements bind the days.</summary>
    public static readonly FinanceDays ReportDays = new("$3", "$4", "$5", "$6", "$7");

    /// <summary>The figures of a charge item, summed over the rows of <see cref="ItemFigures"/> (or the standing's, which has the same columns).</summary>
    public const string Sums =
        "sum(receivable), sum(paid), sum(late_fee), sum(waived), sum(year_receivable), sum(year_paid), sum(opening), sum(cleared), sum(overdue)";

    public static string Items(bool lookups) => $$"""
        WITH scope AS (
            SELECT household_id FROM billing.household WHERE project_id = ANY($1) OR building_id = ANY($2)),
        {{ItemFigures(lookups, ReportDays)}}
        SELECT item_code, {{Sums}}
          FROM item_figures
         GROUP BY item_code
         ORDER BY item_code
        """;

    /// <summary>预交: the node's payments made by the day (not reversed) less what of them was allocated to bills by then.</summary>
    public static string Prepaid(bool lookups) => $$"""
        WITH scope AS (
            SELECT household_id FROM billing.household WHERE project_id = ANY($1) OR building_id = ANY($2)),
        {{PrepaidFigures(lookups, ReportDays)}}
        SELECT coalesce(sum(prepaid), 0) FROM prepaid
        """;

    /// <summary>
    /// The CTE <c>item_figures</c>: per household of a <c>scope</c> CTE and charge item, 应收, 实收, late fees and 减免 of the
    /// month's bills, 应收 and 实收 of the year's, 年初欠费 and 清欠 since, and the principal overdue on the day.
    /// </summary>
    public static string ItemFigures(bool lookups, FinanceDays d) => $$"""
        item_settled AS (
            SELECT x.household_id, x.bill_id,
                   coalesce(sum(x.paid) FILTER (WHERE x.on_day <= {{d.Day}}), 0) AS paid,
                   coalesce(sum(x.late_fee) FILTER (WHERE x.on_day <= {{d.Day}}), 0) AS late_fee,
                   coalesce(sum(x.waived) FILTER (WHERE x.on_day <= {{d.Day}}), 0) AS waived,
                   coalesce(sum(x.paid + x.waived) FILTER (WHERE x.on_day < {{d.YearStart}}), 0) AS before_year,
                   coalesce(sum(x.paid) FILTER (WHERE x.on_day >= {{d.YearStart}} AND x.on_day <= {{d.Day}}), 0) AS paid_in_year
              FROM {{ScopeSql.Settled(lookups)}} x
             GROUP BY 1, 2),
        item_figures AS (
            SELECT b.household_id, b.item_code,
                   coalesce(sum(b.principal) FILTER (WHERE b.period = {{d.Month}}), 0) AS receivable,
                   coalesce(sum(s.paid) FILTER (WHERE b.period = {{d.Month}}), 0) AS paid,
                   coalesce(sum(s.late_fee) FILTER (WHERE b.period = {{d.Month}}), 0) AS late_fee,
                   coalesce(sum(s.waived) FILTER (WHERE b.period = {{d.Month}}), 0) AS waived,
                   coalesce(sum(b.principal) FILTER (WHERE left(b.period, 4) = {{d.Year}}), 0) AS year_receivable,
                   coalesce(sum(s.paid) FILTER (WHERE left(b.period, 4) = {{d.Year}}), 0) AS year_paid,
                   coalesce(sum(b.principal - coalesce(s.before_year, 0)) FILTER (WHERE left(b.period, 4) < {{d.Year}}), 0) AS opening,
                   coalesce(sum(s.paid_in_year) FILTER (WHERE left(b.period, 4) < {{d.Year}}), 0) AS cleared,
                   coalesce(sum(b.principal - coalesce(s.paid, 0) - coalesce(s.waived, 0)) FILTER (WHERE b.due_date < {{d.Day}}), 0) AS overdue
              FROM {{ScopeSql.Bills(lookups)}} b
              LEFT JOIN item_settled s ON s.household_id = b.household_id AND s.bill_id = b.bill_id
             GROUP BY 1, 2)
        """;

    /// <summary>The CTE <c>prepaid</c>: per household of a <c>scope</c> CTE, its payments made by the day less what of them was allocated by then.</summary>
    public static string PrepaidFigures(bool lookups, FinanceDays d) => $$"""
        prepaid AS (
            SELECT m.household_id, sum(m.amount) AS prepaid FROM (
                SELECT p.household_id, p.amount FROM {{ScopeSql.Payments(lookups)}} p WHERE p.paid_at < {{d.Instant}}
                UNION ALL
                SELECT x.household_id, -(x.paid + x.late_fee) FROM {{ScopeSql.Settled(lookups)}} x WHERE x.on_day <= {{d.Day}}) m
             GROUP BY 1)
        """;
}
