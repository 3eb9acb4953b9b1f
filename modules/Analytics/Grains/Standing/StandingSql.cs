using CollectionGrains.Analytics.Reasons;

namespace CollectionGrains.Analytics.Standing;

/// <summary>
/// The households' standing (analytics.household_standing): how a chunk of it is brought up to date, and the arrears
/// reasons of a node above a project summed from it. The figures are <see cref="ReasonSql.HouseholdFigures"/>, the
/// same as a project's live statement computes, so both agree by construction.
/// </summary>
internal static class StandingSql
{
    /// <summary>
    /// Takes up to $1 households from the change feed and up to $1 whose row is stale on $3, and writes their standing as
    /// of $3 ($4 the instant after it, $5 its month, $2 the first day of the next month). Answers how many it took.
    /// </summary>
    public static readonly string Refresh = $$"""
        WITH taken AS (
            DELETE FROM journal.household_change WHERE seq IN (SELECT seq FROM journal.household_change ORDER BY seq LIMIT $1)
            RETURNING household_id),
        due AS (
            SELECT household_id FROM analytics.household_standing WHERE stale_from <= $3 LIMIT $1),
        scope AS (
            SELECT household_id, project_id, building_id, customer_type, is_vacant FROM billing.household
             WHERE household_id IN (SELECT household_id FROM taken UNION SELECT household_id FROM due)),
        {{ReasonSql.HouseholdFigures(lookups: true)}},
        written AS (
            INSERT INTO analytics.household_standing (household_id, project_id, building_id, customer_type, is_vacant, as_of, stale_from,
                   reason_category, reason, overdue, oldest, receivable, collected)
            SELECT s.household_id, s.project_id, s.building_id, s.customer_type, s.is_vacant, $3, least(o.next_due + 1, $2),
                   r.reason_category, r.reason, coalesce(o.overdue, 0), o.oldest, coalesce(o.receivable, 0), coalesce(o.collected, 0)
              FROM scope s
              LEFT JOIN reason r ON r.household_id = s.household_id
              LEFT JOIN owed o ON o.household_id = s.household_id
            ON CONFLICT (household_id) DO UPDATE SET project_id = excluded.project_id, building_id = excluded.building_id,
                customer_type = excluded.customer_type, is_vacant = excluded.is_vacant, as_of = excluded.as_of, stale_from = excluded.stale_from,
                reason_category = excluded.reason_category, reason = excluded.reason, overdue = excluded.overdue, oldest = excluded.oldest,
                receivable = excluded.receivable, collected = excluded.collected
            RETURNING 1)
        SELECT (SELECT count(*) FROM taken) + (SELECT count(*) FROM due)
        """;

    /// <summary>
    /// <see cref="ReasonSql.For"/>'s rows for the month running, from the standing: $1 the node's projects, $3 today,
    /// $6/$7 projects and the child each lies under (cut by node).
    /// </summary>
    public static string Reasons(ReasonCut cut) => $$"""
        SELECT s.reason_category, coalesce(s.reason, ''), {{ReasonSql.Cut(cut, "s.oldest", "coalesce(m.child, '')")}} AS cut, count(*)::int,
               sum(s.overdue), sum(s.receivable), sum(s.collected)
          FROM analytics.household_standing s
          {{(cut == ReasonCut.Node ? "LEFT JOIN unnest($6::text[], $7::text[]) m(place, child) ON m.place = s.project_id" : "")}}
         WHERE s.project_id = ANY($1) AND (s.reason_category IS NOT NULL OR s.overdue > 0)
         GROUP BY 1, 2, 3
         ORDER BY 1 NULLS LAST, 2, 3
        """;
}
