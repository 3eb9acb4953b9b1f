namespace CollectionGrains.Analytics.Reviews;

/// <summary>
/// The weekly review's statement. $1 project, $2/$3 the week's instants, $4/$5 its days. Recovered: what each payment of
/// the week settled on bills (principal and late fee, from billing.effective_allocation: prepaid and reversed payments do not count), for the collector of
/// the household's last contact in the 30 days before it (Attribution in the README).
/// </summary>
internal static class WeeklyReviewSql
{
    public const string Text = """
        WITH contacts AS (
            SELECT collector, count(*)::int AS contacts, count(DISTINCT household_id) FILTER (WHERE answered)::int AS reached
              FROM collection.contact
             WHERE project_id = $1 AND contacted_at >= $2 AND contacted_at < $3
             GROUP BY collector),
        promises AS (
            SELECT collector,
                   count(*) FILTER (WHERE made_at >= $2 AND made_at < $3)::int AS made,
                   count(*) FILTER (WHERE state = 'Kept' AND decided_on >= $4 AND decided_on < $5)::int AS kept,
                   count(*) FILTER (WHERE state = 'Broken' AND decided_on >= $4 AND decided_on < $5)::int AS broken
              FROM collection.promise
             WHERE project_id = $1 AND (made_at >= $2 OR decided_on >= $4)
             GROUP BY collector),
        recovered AS (
            SELECT last_contact.collector, sum(settled.amount) AS recovered
              FROM billing.payment p
              JOIN LATERAL (SELECT sum(a.principal + a.late_fee) AS amount FROM billing.effective_allocation a
                             WHERE a.household_id = p.household_id AND a.payment_id = p.payment_id) settled ON settled.amount > 0
              JOIN LATERAL (SELECT c.collector FROM collection.contact c
                             WHERE c.household_id = p.household_id AND c.contacted_at <= p.paid_at AND c.contacted_at > p.paid_at - interval '30 days'
                             ORDER BY c.contacted_at DESC LIMIT 1) last_contact ON true
             WHERE p.project_id = $1 AND p.paid_at >= $2 AND p.paid_at < $3
             GROUP BY last_contact.collector),
        tasks AS (
            SELECT collector, count(*)::int AS closed
              FROM collection.task
             WHERE project_id = $1 AND collector IS NOT NULL AND closed_at >= $2 AND closed_at < $3
             GROUP BY collector)
        SELECT collector, coalesce(c.contacts, 0), coalesce(c.reached, 0), coalesce(p.made, 0), coalesce(p.kept, 0), coalesce(p.broken, 0),
               coalesce(r.recovered, 0), coalesce(t.closed, 0)
          FROM contacts c
          FULL JOIN promises p USING (collector)
          FULL JOIN recovered r USING (collector)
          FULL JOIN tasks t USING (collector)
        """;
}
