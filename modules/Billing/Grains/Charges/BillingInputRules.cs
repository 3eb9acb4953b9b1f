namespace CollectionGrains.Billing.Charges;

/// <summary>What makes a charge item, a household profile or a meter reading acceptable; each rule names the field.</summary>
internal static class BillingInputRules
{
    /// <summary>The width of the Billing tables' id columns (household, project, building): a longer id could never be journaled.</summary>
    public const int MaxIdLength = 100;

    public static IReadOnlyList<string> Problems(ChargeItem item)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(item.Code) || item.Code.Contains(':', StringComparison.Ordinal) || item.Code.Length > 40)
        {
            problems.Add("code: 1 to 40 characters, without ':'");
        }
        if (string.IsNullOrWhiteSpace(item.Name))
        {
            problems.Add("name: required");
        }
        if (item.DueDay is < 1 or > 31)
        {
            problems.Add($"dueDay: {item.DueDay} is not a day of the month");
        }
        if (item.VacantRate is < 0 or > 1)
        {
            problems.Add($"vacantRate: {item.VacantRate} must be between 0 and 1");
        }
        if (item.Prices.Count == 0)
        {
            problems.Add("prices: at least one price");
        }
        if (item.Prices.Any(p => p.UnitPrice < 0 || p.UnitPrice > 100_000))
        {
            problems.Add("prices: unit prices must be between 0 and 100000");
        }
        if (item.Prices.GroupBy(p => p.EffectiveFrom).Any(g => g.Count() > 1))
        {
            problems.Add("prices: two prices from the same day");
        }
        return problems;
    }

    public static IReadOnlyList<string> Problems(HouseholdProfile household)
    {
        var problems = new List<string>();
        Require(problems, household.HouseholdId, "householdId", MaxIdLength);
        Require(problems, household.ProjectId, "projectId", MaxIdLength);
        Require(problems, household.BuildingId, "buildingId", MaxIdLength);
        Require(problems, household.Room, "room");
        Require(problems, household.OwnerName, "ownerName");
        if (household.Area is <= 0 or > 100_000)
        {
            problems.Add($"area: {household.Area} must be more than 0 and at most 100000 m²");
        }
        if (household.Phones.Any(p => p.Length is < 5 or > 20 || !p.All(c => char.IsAsciiDigit(c) || c is '+' or '-' or ' ')))
        {
            problems.Add("phones: each phone is 5 to 20 digits (+, - and spaces allowed)");
        }
        return problems;
    }

    /// <summary>A reading must not be negative, in the future, below the item's previous reading or a second one that day.</summary>
    public static string? Problem(MeterReading reading, IReadOnlyList<MeterReading> recorded, DateOnly today)
    {
        var previous = recorded.Where(r => r.ItemCode == reading.ItemCode && r.On < reading.On).MaxBy(r => r.On);
        return reading.Reading < 0 || reading.On > today || reading.Reading < (previous?.Reading ?? 0)
            || recorded.Any(r => r.ItemCode == reading.ItemCode && r.On == reading.On)
            ? $"reading {reading.Reading} of {reading.ItemCode} on {reading.On}: must not be negative, in the future, below the previous reading ({previous?.Reading}) or a second reading of that day"
            : null;
    }

    private static void Require(List<string> problems, string value, string field, int maxLength = 200)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > maxLength)
        {
            problems.Add($"{field}: required, at most {maxLength} characters");
        }
    }
}
