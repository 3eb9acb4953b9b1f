namespace CollectionGrains.Analytics.Rolls;

/// <summary>
/// The roll-rate statement. $1/$2 the node's projects / buildings, $3 the days compared (in order). A bill is overdue on
/// a day after its due date while principal is unpaid: its principal less what effective allocations and waivers
/// dated on or before that day settled. Each bill's unpaid principal is a step that changes only on the days something
/// settled it, so the bills are cut into those steps once and each step is matched to the days inside it — no pass per
/// day. A household's state on a day is the age of its oldest overdue bill; the pairs (day k−1, day k) are counted by
/// state, leaving out households current on both days; the row numbered 0 counts the node's households.
/// </summary>
internal static class RollRateSql
{
    public static string For(bool lookups) => $$"""
        WITH scope AS (
            SELECT household_id FROM billing.household WHERE project_id = ANY($1) OR building_id = ANY($2)),
        days AS (
            SELECT d.day, d.k::int AS k FROM unnest($3::date[]) WITH ORDINALITY d(day, k)),
        bills AS (
            SELECT b.household_id, b.bill_id, b.due_date, b.principal FROM {{ScopeSql.Bills(lookups)}} b WHERE b.due_date < (SELECT max(day) FROM days)),
        settled AS (
            SELECT x.household_id, x.bill_id, x.on_day, sum(x.paid + x.waived) AS principal
              FROM {{ScopeSql.Settled(lookups)}} x
             WHERE x.paid + x.waived > 0
             GROUP BY 1, 2, 3),
        steps AS (
            SELECT b.household_id, b.due_date, b.principal AS unpaid, NULL::date AS from_day, f.first_day AS until_day
              FROM bills b
              LEFT JOIN (SELECT household_id, bill_id, min(on_day) AS first_day FROM settled GROUP BY 1, 2) f
                     ON f.household_id = b.household_id AND f.bill_id = b.bill_id
            UNION ALL
            SELECT b.household_id, b.due_date,
                   b.principal - sum(s.principal) OVER (PARTITION BY s.household_id, s.bill_id ORDER BY s.on_day),
                   s.on_day, lead(s.on_day) OVER (PARTITION BY s.household_id, s.bill_id ORDER BY s.on_day)
              FROM settled s JOIN bills b ON b.household_id = s.household_id AND b.bill_id = s.bill_id),
        standing AS (
            SELECT d.k, t.household_id, sum(t.unpaid) AS overdue,
                   CASE WHEN max(d.day - t.due_date) <= 30 THEN 1 WHEN max(d.day - t.due_date) <= 90 THEN 2
                        WHEN max(d.day - t.due_date) <= 180 THEN 3 WHEN max(d.day - t.due_date) <= 365 THEN 4 ELSE 5 END AS state
              FROM steps t
              JOIN days d ON d.day > t.due_date AND (t.from_day IS NULL OR d.day >= t.from_day) AND (t.until_day IS NULL OR d.day < t.until_day)
             WHERE t.unpaid > 0
             GROUP BY d.k, t.household_id)
        SELECT coalesce(a.k, b.k + 1) AS k, coalesce(b.state, 0), coalesce(a.state, 0), count(*)::int,
               coalesce(sum(b.overdue), 0), coalesce(sum(a.overdue), 0)
          FROM (SELECT * FROM standing WHERE k > 1) a
          FULL JOIN (SELECT * FROM standing WHERE k < (SELECT max(k) FROM days)) b ON b.household_id = a.household_id AND a.k = b.k + 1
         GROUP BY 1, 2, 3
        UNION ALL
        SELECT 0, 0, 0, (SELECT count(*) FROM scope)::int, 0, 0
         ORDER BY 1, 2, 3
        """;
}
