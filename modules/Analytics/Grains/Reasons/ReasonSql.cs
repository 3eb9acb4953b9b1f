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
        {{HouseholdFigures(lookups)}}
        SELECT r.reason_category, coalesce(r.reason, ''), {{Cut(cut, "o.oldest", ChildPlaces.Sql("$6", "$7", "s.project_id", "s.building_id"))}} AS cut, count(*)::int,
               coalesce(sum(o.overdue), 0), coalesce(sum(o.receivable), 0), coalesce(sum(o.collected), 0)
          FROM scope s
          LEFT JOIN reason r ON r.household_id = s.household_id
          LEFT JOIN owed o ON o.household_id = s.household_id
         WHERE r.household_id IS NOT NULL OR o.overdue > 0
         GROUP BY 1, 2, 3
         ORDER BY 1 NULLS LAST, 2, 3
        """;

    /// <summary>
    /// The CTEs <c>reason</c> (each household of a <c>scope</c> CTE with its last reason before $4) and <c>owed</c>
    /// (<see cref="Owed"/> on $3 for period $5), shared with the standing's refresh (<see cref="Standing.StandingSql"/>).
    /// </summary>
    public static string HouseholdFigures(bool lookups) => $$"""
        reason AS ({{LastReason(lookups)}}),
        {{Owed(lookups, "owed", "$3", "$5")}}
        """;

    /// <summary>
    /// The CTE <paramref name="name"/>, per household of a <c>scope</c> CTE on <paramref name="day"/>: overdue principal
    /// (unpaid on bills due before the day, settled as of it), the oldest overdue bill's due date, the next unpaid
    /// bill's due date from the day on; the principal of <paramref name="period"/>'s bills and what payments settled of it.
    /// </summary>
    /// <remarks>
    /// Looked up household by household, the bills and what settled them are each worked out once before they are
    /// joined: left to the planner, the join went inside the loop over the households and grew with the square of the
    /// scope (47.8 s for a chunk of 5,000 households, 0.9 s so; docs/benchmarks.md).
    /// </remarks>
    public static string Owed(bool lookups, string name, string day, string period)
    {
        var once = lookups ? "MATERIALIZED " : "";
        return $$"""
            {{name}}_bills AS {{once}}{{ScopeSql.Bills(lookups)}},
            {{name}}_settled AS {{once}}(
                SELECT x.household_id, x.bill_id, sum(x.paid) AS paid, sum(x.paid + x.waived) AS settled
                  FROM {{ScopeSql.Settled(lookups)}} x
                 WHERE x.on_day <= {{day}}
                 GROUP BY 1, 2),
            {{name}} AS (
                SELECT b.household_id,
                       sum(b.principal - coalesce(s.settled, 0)) FILTER (WHERE b.due_date < {{day}} AND b.principal > coalesce(s.settled, 0)) AS overdue,
                       min(b.due_date) FILTER (WHERE b.due_date < {{day}} AND b.principal > coalesce(s.settled, 0)) AS oldest,
                       min(b.due_date) FILTER (WHERE b.due_date >= {{day}} AND b.principal > coalesce(s.settled, 0)) AS next_due,
                       sum(b.principal) FILTER (WHERE b.period = {{period}}) AS receivable,
                       sum(coalesce(s.paid, 0)) FILTER (WHERE b.period = {{period}}) AS collected
                  FROM {{name}}_bills b
                  LEFT JOIN {{name}}_settled s ON s.household_id = b.household_id AND s.bill_id = b.bill_id
                 GROUP BY 1)
            """;
    }

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

    /// <summary>
    /// A row's cut value: its household's columns are <c>s.</c>, its oldest overdue due date <paramref name="oldest"/>,
    /// the child it lies under <paramref name="child"/>.
    /// </summary>
    public static string Cut(ReasonCut cut, string oldest, string child) => cut switch
    {
        ReasonCut.None => "''",
        ReasonCut.CustomerType => "s.customer_type",
        ReasonCut.Vacancy => "CASE WHEN s.is_vacant THEN 'Vacant' ELSE 'Occupied' END",
        ReasonCut.Grade => HouseholdCuts.Grade("s.household_id"),
        ReasonCut.AgeBucket => $"""
            CASE WHEN {oldest} IS NULL THEN 'Current' WHEN $3 - {oldest} <= 30 THEN 'Days0To30' WHEN $3 - {oldest} <= 90 THEN 'Days31To90'
                 WHEN $3 - {oldest} <= 180 THEN 'Days91To180' WHEN $3 - {oldest} <= 365 THEN 'Days181To365' ELSE 'Over365' END
            """,
        _ => child,
    };
}
