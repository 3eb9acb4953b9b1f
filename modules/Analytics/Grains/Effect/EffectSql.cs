namespace CollectionGrains.Analytics.Effect;

/// <summary>
/// The effect statement. $1/$2 the node's projects / buildings, $3/$4 the period's instants, $5/$6 places (project or
/// building ids) and the child each lies under (grouping by node). A contact is followed by a payment when the household
/// paid (not reversed) within 7 or 30 days after it; a payment's money counts once, for the household's last contact in
/// the 30 days before it, when that contact is one of these.
/// </summary>
internal static class EffectSql
{
    public static string For(EffectDimension by) => $"""
        WITH picked AS (
            SELECT c.household_id, c.contact_id, c.contacted_at, c.outcome, {Key(by)} AS key
              FROM collection.contact c
             WHERE (c.project_id = ANY($1) OR c.building_id = ANY($2)) AND c.contacted_at >= $3 AND c.contacted_at < $4),
        followed AS (
            SELECT k.key,
                   EXISTS (SELECT 1 FROM billing.payment p WHERE p.household_id = k.household_id AND p.paid_at > k.contacted_at
                              AND p.paid_at <= k.contacted_at + interval '7 days' AND NOT {Reversed}) AS in7,
                   EXISTS (SELECT 1 FROM billing.payment p WHERE p.household_id = k.household_id AND p.paid_at > k.contacted_at
                              AND p.paid_at <= k.contacted_at + interval '30 days' AND NOT {Reversed}) AS in30,
                   k.outcome = 'A_Promised' AND EXISTS (SELECT 1 FROM collection.promise pr WHERE pr.household_id = k.household_id
                              AND pr.contact_id = k.contact_id AND pr.state = 'Kept') AS kept
              FROM picked k),
        attributed AS (
            SELECT k.key, settled.amount, extract(epoch FROM p.paid_at - k.contacted_at) / 86400 AS days
              FROM billing.payment p
              JOIN LATERAL (SELECT c.contact_id FROM collection.contact c
                             WHERE c.household_id = p.household_id AND c.contacted_at <= p.paid_at AND c.contacted_at > p.paid_at - interval '30 days'
                             ORDER BY c.contacted_at DESC LIMIT 1) last ON true
              JOIN picked k ON k.household_id = p.household_id AND k.contact_id = last.contact_id
              JOIN LATERAL (SELECT sum(a.principal + a.late_fee) AS amount FROM billing.effective_allocation a
                             WHERE a.household_id = p.household_id AND a.payment_id = p.payment_id) settled ON settled.amount > 0
             WHERE p.household_id IN (SELECT household_id FROM picked) AND p.paid_at >= $3 AND p.paid_at < $4 + interval '30 days')
        SELECT f.key, count(*)::int, count(*) FILTER (WHERE f.in7)::int, count(*) FILTER (WHERE f.in30)::int, count(*) FILTER (WHERE f.kept)::int,
               coalesce((SELECT sum(a.amount) FROM attributed a WHERE a.key = f.key), 0),
               (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY a.days) FROM attributed a WHERE a.key = f.key)
          FROM followed f
         GROUP BY f.key
         ORDER BY f.key
        """;

    private const string Reversed =
        "EXISTS (SELECT 1 FROM billing.payment_reversal r WHERE r.household_id = p.household_id AND r.payment_id = p.payment_id)";

    private static string Key(EffectDimension by) => by switch
    {
        EffectDimension.Collector => "c.collector",
        EffectDimension.Method => "c.method",
        EffectDimension.Script => "coalesce(c.script_id || ' v' || c.script_version, '')",
        EffectDimension.CustomerType => HouseholdCuts.CustomerType("c.household_id"),
        EffectDimension.Vacancy => HouseholdCuts.Vacancy("c.household_id"),
        EffectDimension.Grade => HouseholdCuts.Grade("c.household_id"),
        _ => ChildPlaces.Sql("$5", "$6", "c.project_id", "c.building_id"),
    };
}
