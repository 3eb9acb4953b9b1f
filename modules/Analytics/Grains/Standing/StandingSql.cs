using CollectionGrains.Analytics.Finance;
using CollectionGrains.Analytics.Reasons;
using CollectionGrains.Kernel;
using Npgsql;

namespace CollectionGrains.Analytics.Standing;

/// <summary>
/// The households' standing (analytics.household_standing, household_item_standing): how a chunk of it is brought up
/// to date, and the arrears reasons and finance report of a node above a project summed from it. The figures are the
/// fragments a project's live statements use (<see cref="ReasonSql.HouseholdFigures"/>, <see cref="FinanceSql.ItemFigures"/>,
/// <see cref="FinanceSql.PrepaidFigures"/>), so both agree by construction.
/// </summary>
internal static class StandingSql
{
    private static readonly FinanceDays RefreshDays = new("$3", "$5", "$6", "$7", "$4");

    /// <summary>
    /// Takes up to $1 households from the change feed and up to $1 whose row is stale on $3, and writes their standing as
    /// of $3 ($4 the instant after it, $5 its month, $6 1 January, $7 the year, $2 the first day of the next month, $8
    /// the last day of the month before): the reasons' figures, 预交, and the overdue principal and oldest overdue bill
    /// on $8 per household (the roll rates' first day), the finance figures per household and charge item. Answers how many it took.
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
        {{ReasonSql.Owed(lookups: true, "month_start", "$8", "$5")}},
        {{FinanceSql.ItemFigures(lookups: true, RefreshDays)}},
        {{FinanceSql.PrepaidFigures(lookups: true, RefreshDays)}},
        written AS (
            INSERT INTO analytics.household_standing (household_id, project_id, building_id, customer_type, is_vacant, as_of, stale_from,
                   reason_category, reason, overdue, oldest, receivable, collected, prepaid, before_overdue, before_oldest)
            SELECT s.household_id, s.project_id, s.building_id, s.customer_type, s.is_vacant, $3, least(o.next_due + 1, $2),
                   r.reason_category, r.reason, coalesce(o.overdue, 0), o.oldest, coalesce(o.receivable, 0), coalesce(o.collected, 0),
                   coalesce(p.prepaid, 0), coalesce(b.overdue, 0), b.oldest
              FROM scope s
              LEFT JOIN reason r ON r.household_id = s.household_id
              LEFT JOIN owed o ON o.household_id = s.household_id
              LEFT JOIN prepaid p ON p.household_id = s.household_id
              LEFT JOIN month_start b ON b.household_id = s.household_id
            ON CONFLICT (household_id) DO UPDATE SET project_id = excluded.project_id, building_id = excluded.building_id,
                customer_type = excluded.customer_type, is_vacant = excluded.is_vacant, as_of = excluded.as_of, stale_from = excluded.stale_from,
                reason_category = excluded.reason_category, reason = excluded.reason, overdue = excluded.overdue, oldest = excluded.oldest,
                receivable = excluded.receivable, collected = excluded.collected, prepaid = excluded.prepaid,
                before_overdue = excluded.before_overdue, before_oldest = excluded.before_oldest
            RETURNING 1),
        written_items AS (
            INSERT INTO analytics.household_item_standing (household_id, item_code, project_id, receivable, paid, late_fee, waived,
                   year_receivable, year_paid, opening, cleared, overdue)
            SELECT f.household_id, f.item_code, s.project_id, f.receivable, f.paid, f.late_fee, f.waived, f.year_receivable, f.year_paid,
                   f.opening, f.cleared, f.overdue
              FROM item_figures f JOIN scope s ON s.household_id = f.household_id
            ON CONFLICT (household_id, item_code) DO UPDATE SET project_id = excluded.project_id, receivable = excluded.receivable,
                paid = excluded.paid, late_fee = excluded.late_fee, waived = excluded.waived, year_receivable = excluded.year_receivable,
                year_paid = excluded.year_paid, opening = excluded.opening, cleared = excluded.cleared, overdue = excluded.overdue
            RETURNING 1)
        SELECT (SELECT count(*) FROM taken) + (SELECT count(*) FROM due)
        """;

    /// <summary><see cref="Refresh"/> with its parameters bound for a chunk of up to <paramref name="chunkSize"/> households as of <paramref name="day"/>.</summary>
    public static NpgsqlCommand RefreshCommand(NpgsqlConnection connection, NpgsqlTransaction transaction, DateOnly day, int chunkSize)
    {
        var command = new NpgsqlCommand(Refresh, connection, transaction) { CommandTimeout = GroupHistoryCommand.TimeoutSeconds };
        command.Parameters.AddWithValue(chunkSize);
        command.Parameters.AddWithValue(Period.Of(day).AddMonths(1).FirstDay);
        command.Parameters.AddWithValue(day);
        command.Parameters.AddWithValue(BusinessCalendar.At(day.AddDays(1), TimeOnly.MinValue).UtcDateTime);
        command.Parameters.AddWithValue(Period.Of(day).ToString());
        command.Parameters.AddWithValue(new DateOnly(day.Year, 1, 1));
        command.Parameters.AddWithValue(day.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue(Period.Of(day).FirstDay.AddDays(-1));
        return command;
    }

    /// <summary><see cref="FinanceSql.Items"/>' rows for today, from the standing: $1 the node's projects.</summary>
    public static readonly string FinanceItems = $$"""
        SELECT item_code, {{FinanceSql.Sums}}
          FROM analytics.household_item_standing
         WHERE project_id = ANY($1)
         GROUP BY item_code
         ORDER BY item_code
        """;

    /// <summary><see cref="FinanceSql.Prepaid"/> for today, from the standing: $1 the node's projects.</summary>
    public const string Prepaid = "SELECT coalesce(sum(prepaid), 0) FROM analytics.household_standing WHERE project_id = ANY($1)";

    /// <summary>
    /// <see cref="Rolls.RollRateSql"/>'s rows for the pair (the last day of the month before, today), from the standing:
    /// $1 the node's projects, $2 and $3 the two days.
    /// </summary>
    public static readonly string RollPair = $$"""
        WITH pair AS (
            SELECT {{RollState("s.before_oldest", "$2")}} AS state_before, {{RollState("s.oldest", "$3")}} AS state_after, s.before_overdue, s.overdue
              FROM analytics.household_standing s
             WHERE s.project_id = ANY($1))
        SELECT 2, state_before, state_after, count(*)::int, sum(before_overdue), sum(overdue) FROM pair
         WHERE state_before > 0 OR state_after > 0
         GROUP BY 2, 3
        UNION ALL
        SELECT 0, 0, 0, (SELECT count(*) FROM analytics.household_standing WHERE project_id = ANY($1))::int, 0, 0
         ORDER BY 1, 2, 3
        """;

    private static string RollState(string oldest, string day) =>
        $"CASE WHEN {oldest} IS NULL THEN 0 WHEN {day} - {oldest} <= 30 THEN 1 WHEN {day} - {oldest} <= 90 THEN 2 " +
        $"WHEN {day} - {oldest} <= 180 THEN 3 WHEN {day} - {oldest} <= 365 THEN 4 ELSE 5 END";

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
