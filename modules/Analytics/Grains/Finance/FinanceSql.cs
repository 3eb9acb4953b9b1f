namespace CollectionGrains.Analytics.Finance;

/// <summary>
/// The finance statements. $1/$2 the node's projects / buildings, $3 the day (the month's last, or today), $4 the month
/// (yyyy-MM), $5 1 January of its year, $6 the year (yyyy), $7 the instant after the day. Bills count by their month and
/// due date (opening arrears imported later count in the months they belong to), settlements (allocations, waivers) when
/// dated by the day; payments reversed since count as never made.
/// </summary>
internal static class FinanceSql
{
    public static string Items(bool lookups) => $$"""
        WITH scope AS (
            SELECT household_id FROM billing.household WHERE project_id = ANY($1) OR building_id = ANY($2)),
        settled AS (
            SELECT x.household_id, x.bill_id,
                   coalesce(sum(x.paid) FILTER (WHERE x.on_day <= $3), 0) AS paid,
                   coalesce(sum(x.late_fee) FILTER (WHERE x.on_day <= $3), 0) AS late_fee,
                   coalesce(sum(x.waived) FILTER (WHERE x.on_day <= $3), 0) AS waived,
                   coalesce(sum(x.paid + x.waived) FILTER (WHERE x.on_day < $5), 0) AS before_year,
                   coalesce(sum(x.paid) FILTER (WHERE x.on_day >= $5 AND x.on_day <= $3), 0) AS paid_in_year
              FROM {{ScopeSql.Settled(lookups)}} x
             GROUP BY 1, 2)
        SELECT b.item_code,
               coalesce(sum(b.principal) FILTER (WHERE b.period = $4), 0),
               coalesce(sum(s.paid) FILTER (WHERE b.period = $4), 0),
               coalesce(sum(s.late_fee) FILTER (WHERE b.period = $4), 0),
               coalesce(sum(s.waived) FILTER (WHERE b.period = $4), 0),
               coalesce(sum(b.principal) FILTER (WHERE left(b.period, 4) = $6), 0),
               coalesce(sum(s.paid) FILTER (WHERE left(b.period, 4) = $6), 0),
               coalesce(sum(b.principal - coalesce(s.before_year, 0)) FILTER (WHERE left(b.period, 4) < $6), 0),
               coalesce(sum(s.paid_in_year) FILTER (WHERE left(b.period, 4) < $6), 0),
               coalesce(sum(b.principal - coalesce(s.paid, 0) - coalesce(s.waived, 0)) FILTER (WHERE b.due_date < $3), 0)
          FROM {{ScopeSql.Bills(lookups)}} b
          LEFT JOIN settled s ON s.household_id = b.household_id AND s.bill_id = b.bill_id
         GROUP BY b.item_code
         ORDER BY b.item_code
        """;

    /// <summary>预交: the node's payments made by the day (not reversed) less what of them was allocated to bills by then.</summary>
    public static string Prepaid(bool lookups) => $$"""
        WITH scope AS (
            SELECT household_id FROM billing.household WHERE project_id = ANY($1) OR building_id = ANY($2))
        SELECT coalesce((SELECT sum(p.amount) FROM {{ScopeSql.Payments(lookups)}} p WHERE p.paid_at < $7), 0)
             - coalesce((SELECT sum(x.paid + x.late_fee) FROM {{ScopeSql.Settled(lookups)}} x WHERE x.on_day <= $3), 0)
        """;
}
