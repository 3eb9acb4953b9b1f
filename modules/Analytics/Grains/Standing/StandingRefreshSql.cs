using CollectionGrains.Analytics.Finance;
using CollectionGrains.Analytics.Reasons;
using CollectionGrains.Kernel;
using Npgsql;

namespace CollectionGrains.Analytics.Standing;

/// <summary>
/// How the households' standing is written: today's rows from the change feed and the rows gone stale, and the rows of
/// the month before today's (analytics.household_month_standing, household_item_month_standing) as of its last day.
/// Both are the fragments a project's live statements use, so a group's figures and a project's agree by construction.
/// </summary>
internal static class StandingRefreshSql
{
    private static readonly FinanceDays Days = new("$3", "$5", "$6", "$7", "$4");

    /// <summary>
    /// Takes up to $1 households from the change feed and up to $1 whose row is stale on $3, and writes their standing as
    /// of $3 (parameters as in <see cref="Command"/>). Answers the households it took from the feed and how many rows it took in all.
    /// </summary>
    public static readonly string Today = $"""
        WITH taken AS (
            DELETE FROM journal.household_change WHERE seq IN (SELECT seq FROM journal.household_change ORDER BY seq LIMIT $1)
            RETURNING household_id),
        due AS (
            SELECT household_id FROM analytics.household_standing WHERE stale_from <= $3 LIMIT $1),
        scope AS (
            SELECT household_id, project_id, building_id, customer_type, is_vacant FROM billing.household
             WHERE household_id IN (SELECT household_id FROM taken UNION SELECT household_id FROM due)),
        {Write("analytics.household_standing", "analytics.household_item_standing", month: false)}
        SELECT array(SELECT DISTINCT household_id FROM taken), (SELECT count(*) FROM taken) + (SELECT count(*) FROM due)
        """;

    /// <summary>Writes the month rows of the households $1 as of $3, the last day of the month $5.</summary>
    public static readonly string Month = $"""
        WITH scope AS (
            SELECT household_id, project_id, building_id, customer_type, is_vacant FROM billing.household WHERE household_id = ANY($1)),
        {Write("analytics.household_month_standing", "analytics.household_item_month_standing", month: true)}
        SELECT 1
        """;

    /// <summary>
    /// The next $2 households after $3 (in the order of their ids) for the month $1 that ends on $4: those whose today's
    /// row is as of that month and still fresh after its end, and not waiting in the change feed, have the row copied;
    /// answers the others, to be worked out, and the last household taken (null once all are).
    /// </summary>
    public const string Seal = """
        WITH picked AS (
            SELECT household_id FROM billing.household WHERE household_id > $3 ORDER BY household_id LIMIT $2),
        fresh AS (
            SELECT s.* FROM analytics.household_standing s JOIN picked p USING (household_id)
             WHERE s.as_of <= $4 AND s.stale_from > $4
               AND NOT EXISTS (SELECT 1 FROM journal.household_change c WHERE c.household_id = s.household_id)),
        copied AS (
            INSERT INTO analytics.household_month_standing SELECT $1, f.* FROM fresh f ON CONFLICT DO NOTHING RETURNING 1),
        copied_items AS (
            INSERT INTO analytics.household_item_month_standing SELECT $1, i.* FROM analytics.household_item_standing i JOIN fresh f USING (household_id)
            ON CONFLICT DO NOTHING RETURNING 1)
        SELECT array(SELECT household_id FROM picked EXCEPT SELECT household_id FROM fresh), (SELECT max(household_id) FROM picked),
               (SELECT count(*) FROM copied) + (SELECT count(*) FROM copied_items)
        """;

    /// <summary>Once the month $1 is sealed, the month rows of the months before it: no analysis reads them.</summary>
    public const string PruneMonths = """
        WITH items AS (DELETE FROM analytics.household_item_month_standing WHERE period < $1)
        DELETE FROM analytics.household_month_standing WHERE period < $1
        """;

    /// <summary>
    /// A statement of this class with its parameters bound as of <paramref name="day"/>: $1 <paramref name="households"/>
    /// (a chunk size or household ids), $2 the first day of the next month, $3 the day, $4 the instant after it, $5 its
    /// month, $6 1 January, $7 the year, $8 the last day of the month before.
    /// </summary>
    public static NpgsqlCommand Command(string sql, NpgsqlConnection connection, NpgsqlTransaction transaction, DateOnly day, object households)
    {
        var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = GroupHistoryCommand.TimeoutSeconds };
        command.Parameters.AddWithValue(households);
        command.Parameters.AddWithValue(Period.Of(day).AddMonths(1).FirstDay);
        command.Parameters.AddWithValue(day);
        command.Parameters.AddWithValue(BusinessCalendar.At(day.AddDays(1), TimeOnly.MinValue).UtcDateTime);
        command.Parameters.AddWithValue(Period.Of(day).ToString());
        command.Parameters.AddWithValue(new DateOnly(day.Year, 1, 1));
        command.Parameters.AddWithValue(day.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue(Period.Of(day).FirstDay.AddDays(-1));
        return command;
    }

    /// <summary>The figures of the households in <c>scope</c> as of $3, upserted into the two tables (keyed by the month $5 too for a month's).</summary>
    private static string Write(string standing, string items, bool month)
    {
        var (column, value, key) = month ? ("period, ", "$5, ", "period, ") : ("", "", "");
        return $$"""
            {{ReasonSql.HouseholdFigures(lookups: true)}},
            {{ReasonSql.Owed(lookups: true, "month_start", "$8", "$5")}},
            {{FinanceSql.ItemFigures(lookups: true, Days)}},
            {{FinanceSql.PrepaidFigures(lookups: true, Days)}},
            written AS (
                INSERT INTO {{standing}} ({{column}}household_id, project_id, building_id, customer_type, is_vacant, as_of, stale_from,
                       reason_category, reason, overdue, oldest, receivable, collected, prepaid, before_overdue, before_oldest)
                SELECT {{value}}s.household_id, s.project_id, s.building_id, s.customer_type, s.is_vacant, $3, least(o.next_due + 1, $2),
                       r.reason_category, r.reason, coalesce(o.overdue, 0), o.oldest, coalesce(o.receivable, 0), coalesce(o.collected, 0),
                       coalesce(p.prepaid, 0), coalesce(b.overdue, 0), b.oldest
                  FROM scope s
                  LEFT JOIN reason r ON r.household_id = s.household_id
                  LEFT JOIN owed o ON o.household_id = s.household_id
                  LEFT JOIN prepaid p ON p.household_id = s.household_id
                  LEFT JOIN month_start b ON b.household_id = s.household_id
                ON CONFLICT ({{key}}household_id) DO UPDATE SET project_id = excluded.project_id, building_id = excluded.building_id,
                    customer_type = excluded.customer_type, is_vacant = excluded.is_vacant, as_of = excluded.as_of, stale_from = excluded.stale_from,
                    reason_category = excluded.reason_category, reason = excluded.reason, overdue = excluded.overdue, oldest = excluded.oldest,
                    receivable = excluded.receivable, collected = excluded.collected, prepaid = excluded.prepaid,
                    before_overdue = excluded.before_overdue, before_oldest = excluded.before_oldest
                RETURNING 1),
            written_items AS (
                INSERT INTO {{items}} ({{column}}household_id, item_code, project_id, receivable, paid, late_fee, waived,
                       year_receivable, year_paid, opening, cleared, overdue)
                SELECT {{value}}f.household_id, f.item_code, s.project_id, f.receivable, f.paid, f.late_fee, f.waived, f.year_receivable, f.year_paid,
                       f.opening, f.cleared, f.overdue
                  FROM item_figures f JOIN scope s ON s.household_id = f.household_id
                ON CONFLICT ({{key}}household_id, item_code) DO UPDATE SET project_id = excluded.project_id, receivable = excluded.receivable,
                    paid = excluded.paid, late_fee = excluded.late_fee, waived = excluded.waived, year_receivable = excluded.year_receivable,
                    year_paid = excluded.year_paid, opening = excluded.opening, cleared = excluded.cleared, overdue = excluded.overdue
                RETURNING 1)
            """;
    }
}
