using CollectionGrains.Customers.Grading;

namespace CollectionGrains.Customers.Credit;

/// <summary>
/// The re-default model's inputs, from a household's facts as of a day: one code for training (facts rebuilt as of a
/// past day) and for scoring (the live facts), so the model sees the same numbers in both. Lateness of a bill is the days
/// from its due date to its settlement (or to the day, while unpaid), capped at a year.
/// </summary>
internal static class CreditFeatures
{
    public const int Count = 16;

    public static readonly string[] Names =
    [
        "grade", "billsDue12m", "lateShare12m", "veryLateShare12m", "meanLateDays12m", "meanLateDays3m", "lateTrend",
        "overduePrincipalLog", "oldestOverdueDays", "episodes24m", "contacts90d", "complaints180d", "daysSinceComplaint",
        "corporate", "vacant", "monthlyLog",
    ];

    public static float[] Of(CustomerFacts facts, DateOnly day)
    {
        var bills = facts.Bills.Where(b => b.Principal > 0 && b.DueDate < day).ToList();
        var year = bills.Where(b => b.DueDate >= day.AddDays(-365)).ToList();
        var quarter = bills.Where(b => b.DueDate >= day.AddDays(-91)).ToList();
        var earlier = year.Where(b => b.DueDate < day.AddDays(-91)).ToList();
        var (principal, oldest) = ArrearsEpisodes.Overdue(facts, day);
        var complaints = facts.ComplaintDays.Where(d => d <= day).ToList();
        var monthly = year.Count == 0 ? 0m : year.Sum(b => b.Principal) / Math.Max(1, year.Select(b => b.Period).Distinct().Count());
        return
        [
            (float)GradeRules.Grade(facts, day),
            year.Count,
            Share(year, day, 1),
            Share(year, day, GradeRules.RepeatedLateDays + 1),
            MeanLate(year, day),
            MeanLate(quarter, day),
            MeanLate(quarter, day) - MeanLate(earlier, day),
            (float)Math.Log(1 + (double)principal),
            Math.Min(oldest, 730),
            ArrearsEpisodes.Of(facts, day).Count(e => e.To > day.AddDays(-730)),
            facts.ContactDays.Count(d => d <= day && d > day.AddDays(-90)),
            complaints.Count(d => d > day.AddDays(-180)),
            complaints.Count == 0 ? 999 : day.DayNumber - complaints.Max().DayNumber,
            facts.Corporate ? 1 : 0,
            facts.Vacant ? 1 : 0,
            (float)Math.Log(1 + (double)monthly),
        ];
    }

    private static int LateDays(BillRecord bill, DateOnly day) =>
        Math.Clamp((bill.SettledOn is { } settled && settled <= day ? settled : day).DayNumber - bill.DueDate.DayNumber, 0, 365);

    private static float Share(List<BillRecord> bills, DateOnly day, int days) =>
        bills.Count == 0 ? 0 : bills.Count(b => LateDays(b, day) >= days) / (float)bills.Count;

    private static float MeanLate(List<BillRecord> bills, DateOnly day) =>
        bills.Count == 0 ? 0 : (float)bills.Average(b => LateDays(b, day));
}
