namespace CollectionGrains.Analytics.Experiments;

/// <summary>
/// An experiment's households. $1 the project, $2/$3 the experiment's start and end (now while it runs), $4/$5 the
/// champion and challenger script ids, $6 now. A household is in it from its first contact with either script in that
/// time; it paid when a payment of it (not reversed, settling something) came within 7 days after that contact.
/// </summary>
internal static class ExperimentSql
{
    public const string Text = """
        WITH touched AS (
            SELECT c.household_id, min(c.contacted_at) AS first_at, count(*)::int AS contacts,
                   count(*) FILTER (WHERE c.script_id = $4)::int AS champion, count(*) FILTER (WHERE c.script_id = $5)::int AS challenger
              FROM collection.contact c
             WHERE c.project_id = $1 AND c.contacted_at >= $2 AND c.contacted_at < $3 AND c.script_id IN ($4, $5)
             GROUP BY c.household_id)
        SELECT t.household_id, t.contacts, t.champion, t.challenger, t.first_at + interval '7 days' <= $6,
               EXISTS (SELECT 1 FROM billing.payment p
                        WHERE p.household_id = t.household_id AND p.paid_at > t.first_at AND p.paid_at <= t.first_at + interval '7 days'
                          AND (SELECT sum(a.principal + a.late_fee) FROM billing.effective_allocation a
                                WHERE a.household_id = p.household_id AND a.payment_id = p.payment_id) > 0)
          FROM touched t
        """;
}
