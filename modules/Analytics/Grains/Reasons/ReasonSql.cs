namespace CollectionGrains.Analytics.Reasons;

/// <summary>
/// The arrears-reason statement. $1/$2 the node's projects / buildings, $3 the day (the period's last, or today),
/// $4 the instant after it, $5 the period (yyyy-MM), $6/$7 places and the child each lies under (cut by node).
/// A household's reason is the one its last contact with a reason recorded, before $4; it is counted when it has one or
/// is overdue on $3 (principal unpaid on a bill due before $3, settled as of $3).
/// </summary>
internal static class ReasonSql
{
    public static string For(ReasonCut cut, bool lookups) => $$"""
        WITH scope AS (
            SELECT household_id, project_id, building_id, customer_type, is_vacant
              FROM billing.household WHERE project_id = ANY($1) OR building_id = ANY($2)),
        reason AS ({{LastReason(lookups)}}),
        settled AS (
            SELECT x.household_id, x.bill_id, sum(x.paid) AS paid, sum(x.paid + x.waived) AS settled
              FROM {{ScopeSql.Settled(lookups)}} x
             WHERE x.on_day <= $3
             GROUP BY 1, 2),
        owed AS (
            SELECT b.household_id,
                   sum(b.principal - coalesce(s.settled, 0)) FILTER (WHERE b.due_date < $3 AND b.principal > coalesce(s.settled, 0)) AS overdue,
                   min(b.due_date) FILTER (WHERE b.due_date < $3 AND b.principal > coalesce(s.settled, 0)) AS oldest,
                   sum(b.principal) FILTER (WHERE b.period = $5) AS receivable,
                   sum(coalesce(s.paid, 0)) FILTER (WHERE b.period = $5) AS collected
              FROM {{ScopeSql.Bills(lookups)}} b
              LEFT JOIN settled s ON s.household_id = b.household_id AND s.bill_id = b.bill_id
             WHERE b.due_date < $3 OR b.period = $5
             GROUP BY 1)
        SELECT r.reason_category, coalesce(r.reason, ''), {{Cut(cut)}} AS cut, count(*)::int,
               coalesce(sum(o.overdue), 0), coalesce(sum(o.receivable), 0), coalesce(sum(o.collected), 0)
          FROM scope s
          LEFT JOIN reason r ON r.household_id = s.household_id
          LEFT JOIN owed o ON o.household_id = s.household_id
         WHERE r.household_id IS NOT NULL OR o.overdue > 0
         GROUP BY 1, 2, 3
         ORDER BY 1 NULLS LAST, 2, 3
        """;

    /// <summary>Each household's last contact that recorded a reason before $4.</summary>
    private static string LastReason(bool lookups) => lookups
        ? """
          SELECT s.household_id, c.reason_category, c.reason FROM scope s CROSS JOIN LATERAL (
              SELECT c.reason_category, coalesce(btrim(c.reason_text), '') AS reason FROM collection.contact c
               WHERE c.household_id = s.household_id AND c.reason_category IS NOT NULL AND c.contacted_at < $4
               ORDER BY c.contacted_at DESC LIMIT 1) c
          """
        : """
          SELECT DISTINCT ON (c.household_id) c.household_id, c.reason_category, coalesce(btrim(c.reason_text), '') AS reason
            FROM collection.contact c
           WHERE c.household_id IN (SELECT household_id FROM scope) AND c.reason_category IS NOT NULL AND c.contacted_at < $4
           ORDER BY c.household_id, c.contacted_at DESC
          """;

    private static string Cut(ReasonCut cut) => cut switch
    {
        ReasonCut.None => "''",
        ReasonCut.CustomerType => "s.customer_type",
        ReasonCut.Vacancy => "CASE WHEN s.is_vacant THEN 'Vacant' ELSE 'Occupied' END",
        ReasonCut.Grade => HouseholdCuts.Grade("s.household_id"),
        ReasonCut.AgeBucket => """
            CASE WHEN o.oldest IS NULL THEN 'Current' WHEN $3 - o.oldest <= 30 THEN 'Days0To30' WHEN $3 - o.oldest <= 90 THEN 'Days31To90'
                 WHEN $3 - o.oldest <= 180 THEN 'Days91To180' WHEN $3 - o.oldest <= 365 THEN 'Days181To365' ELSE 'Over365' END
            """,
        _ => ChildPlaces.Sql("$6", "$7", "s.project_id", "s.building_id"),
    };
}
