namespace CollectionGrains.Analytics;

/// <summary>
/// The Billing rows of the households of a statement's <c>scope</c> CTE, in one of two shapes: for a project or less,
/// <paramref name="lookups"/> — an index lookup per household (the tables' keys begin with the household), so the cost
/// follows the node, not the tables; above a project, one pass over each table joined to the scope, cheaper when the
/// scope is most of them.
/// </summary>
internal static class ScopeSql
{
    /// <summary>
    /// What settled bills, a row per allocation or waiver: <c>household_id, bill_id, on_day, paid, late_fee, waived</c> (paid
    /// and waived principal; the late fee an allocation paid, negative when the ledger returned some). Allocations of
    /// reversed payments are left out (<c>billing.effective_allocation</c>): a reversal counts as if the payment had never been.
    /// </summary>
    public static string Settled(bool lookups) => lookups
        ? """
          (SELECT s.household_id, y.bill_id, y.on_day, y.paid, y.late_fee, y.waived FROM scope s CROSS JOIN LATERAL (
               SELECT a.bill_id, a.allocated_on AS on_day, a.principal AS paid, a.late_fee, 0::numeric AS waived FROM billing.effective_allocation a WHERE a.household_id = s.household_id
               UNION ALL
               SELECT w.bill_id, w.waived_on, 0, 0, w.principal FROM billing.waiver w WHERE w.household_id = s.household_id) y)
          """
        : """
          (SELECT x.* FROM (
               SELECT a.household_id, a.bill_id, a.allocated_on AS on_day, a.principal AS paid, a.late_fee, 0::numeric AS waived FROM billing.effective_allocation a
               UNION ALL
               SELECT w.household_id, w.bill_id, w.waived_on, 0, 0, w.principal FROM billing.waiver w) x
            WHERE x.household_id IN (SELECT household_id FROM scope))
          """;

    /// <summary>The scope's bills (billing.bill's columns).</summary>
    public static string Bills(bool lookups) => lookups
        ? "(SELECT y.* FROM scope s CROSS JOIN LATERAL (SELECT * FROM billing.bill WHERE household_id = s.household_id OFFSET 0) y)"
        : "(SELECT * FROM billing.bill WHERE household_id IN (SELECT household_id FROM scope))";

    /// <summary>The scope's payments not reversed (billing.payment's columns).</summary>
    public static string Payments(bool lookups) => lookups
        ? $"(SELECT p.* FROM scope s CROSS JOIN LATERAL (SELECT * FROM billing.payment WHERE household_id = s.household_id OFFSET 0) p WHERE {NotReversed})"
        : $"(SELECT p.* FROM billing.payment p WHERE p.household_id IN (SELECT household_id FROM scope) AND {NotReversed})";

    private const string NotReversed =
        "NOT EXISTS (SELECT 1 FROM billing.payment_reversal r WHERE r.household_id = p.household_id AND r.payment_id = p.payment_id)";

    /// <summary>Whether a node's statements look households up one by one: a project or anything below it.</summary>
    public static bool LooksUp(Organisation.NodeReach reach) => reach.Projects.Count <= 1;

    /// <summary>Whether a node lies above the projects it reaches (a group, region or branch, however many projects it holds).</summary>
    public static bool AboveProjects(string nodeId, Organisation.NodeReach reach) => reach.Buildings.Count == 0 && !reach.Projects.Contains(nodeId);
}
