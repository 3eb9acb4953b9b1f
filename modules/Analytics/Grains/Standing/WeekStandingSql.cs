using CollectionGrains.Analytics.Reasons;

namespace CollectionGrains.Analytics.Standing;

/// <summary>
/// The rows of the households overdue at the end of the week before today's (analytics.household_week_standing): how
/// they are sealed and worked out, with the overdue principal and oldest overdue bill of the fragment every other
/// standing row is written with, and how a node's households overdue on a day are summed from any standing.
/// </summary>
internal static class WeekStandingSql
{
    /// <summary>
    /// The next $2 households after $3 (in the order of their ids) for the week ending $4 (= $1): those whose today's row
    /// is as of that day or before, still fresh after it, and not waiting in the change feed, have the row copied if they
    /// were overdue; answers the others, to be worked out, and the last household taken (null once all are).
    /// </summary>
    public const string Seal = """
        WITH picked AS (
            SELECT household_id FROM billing.household WHERE household_id > $3 ORDER BY household_id LIMIT $2),
        fresh AS (
            SELECT s.household_id, s.project_id, s.building_id, s.oldest, s.overdue
              FROM analytics.household_standing s JOIN picked p USING (household_id)
             WHERE s.as_of <= $4 AND s.stale_from > $4
               AND NOT EXISTS (SELECT 1 FROM journal.household_change c WHERE c.household_id = s.household_id)),
        copied AS (
            INSERT INTO analytics.household_week_standing (day, household_id, project_id, building_id, oldest, overdue)
            SELECT $1, household_id, project_id, building_id, oldest, overdue FROM fresh WHERE oldest IS NOT NULL
            ON CONFLICT DO NOTHING)
        SELECT array(SELECT household_id FROM picked EXCEPT SELECT household_id FROM fresh), (SELECT max(household_id) FROM picked)
        """;

    /// <summary>Once the week ending $1 is sealed, the rows of the weeks before it.</summary>
    public const string Prune = "DELETE FROM analytics.household_week_standing WHERE day < $1";

    /// <summary>The households $1 as of $2: a row for each one overdue that day, none for the others.</summary>
    public static readonly string Write = $"""
        WITH scope AS (
            SELECT household_id, project_id, building_id FROM billing.household WHERE household_id = ANY($1)),
        {ReasonSql.Owed(lookups: true, "owed", "$2", "''")},
        cleared AS (
            DELETE FROM analytics.household_week_standing w USING scope s
             WHERE w.day = $2 AND w.household_id = s.household_id
               AND NOT EXISTS (SELECT 1 FROM owed o WHERE o.household_id = s.household_id AND o.oldest IS NOT NULL)
            RETURNING 1),
        written AS (
            INSERT INTO analytics.household_week_standing (day, household_id, project_id, building_id, oldest, overdue)
            SELECT $2, s.household_id, s.project_id, s.building_id, o.oldest, o.overdue FROM scope s JOIN owed o USING (household_id)
             WHERE o.oldest IS NOT NULL
            ON CONFLICT (day, household_id) DO UPDATE SET project_id = excluded.project_id, building_id = excluded.building_id,
                oldest = excluded.oldest, overdue = excluded.overdue
            RETURNING 1)
        SELECT (SELECT count(*) FROM cleared) + (SELECT count(*) FROM written)
        """;

    /// <summary>
    /// A node's households overdue and their overdue principal from the <paramref name="rows"/> standing: $1 the node's
    /// projects, $2 the month (the month before's rows) or the day (the week before's).
    /// </summary>
    public static string Overdue(StandingRows rows) => $"""
        SELECT count(*)::int, coalesce(sum(s.overdue), 0) FROM {rows switch
        {
            StandingRows.Today => "analytics.household_standing s WHERE",
            StandingRows.MonthBefore => "analytics.household_month_standing s WHERE s.period = $2 AND",
            StandingRows.WeekBefore => "analytics.household_week_standing s WHERE s.day = $2 AND",
            _ => throw new ArgumentOutOfRangeException(nameof(rows), rows, "the history has its own statement"),
        }} s.project_id = ANY($1) AND s.oldest IS NOT NULL
        """;
}
