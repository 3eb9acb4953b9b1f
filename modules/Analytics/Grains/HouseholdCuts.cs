namespace CollectionGrains.Analytics;

/// <summary>
/// How a statement reads a household's cut values, given the SQL expression of its id: the customer type and vacancy
/// from billing.household, the grade its collection case holds now (a case never written yet is SelfPayer, as a new case is).
/// </summary>
internal static class HouseholdCuts
{
    public static string CustomerType(string household) => $"(SELECT h.customer_type FROM billing.household h WHERE h.household_id = {household})";

    public static string Vacancy(string household) =>
        $"(SELECT CASE WHEN h.is_vacant THEN 'Vacant' ELSE 'Occupied' END FROM billing.household h WHERE h.household_id = {household})";

    public static string Grade(string household) =>
        $"coalesce((SELECT hc.summary->>'grade' FROM collection.household_case hc WHERE hc.household_id = {household}), 'SelfPayer')";
}
