namespace CollectionGrains.Customers.Credit;

/// <summary>客户信用标签 as a rule: from the arrears episodes of the last two years, what is overdue now, complaints and the customer type.</summary>
internal static class CreditTagRules
{
    public const int RepeatedEpisodes = 3;
    public const int LongOverdueDays = 180;
    public const decimal LargeArrears = 5_000m;
    public const int RecentComplaintDays = 180;

    public static IReadOnlyList<CreditTag> Tags(CustomerFacts facts, DateOnly today)
    {
        var episodes = ArrearsEpisodes.Of(facts, today).Count(e => e.To > today.AddDays(-730));
        var (principal, oldest) = ArrearsEpisodes.Overdue(facts, today);
        var tags = new List<CreditTag>();
        if (episodes == 0)
        {
            tags.Add(CreditTag.NeverInArrears);
        }
        if (episodes == 1 && principal > 0)
        {
            tags.Add(CreditTag.FirstArrears);
        }
        if (episodes >= RepeatedEpisodes)
        {
            tags.Add(CreditTag.RepeatedArrears);
        }
        if (oldest > LongOverdueDays)
        {
            tags.Add(CreditTag.LongOverdue);
        }
        if (principal >= LargeArrears)
        {
            tags.Add(CreditTag.LargeArrears);
        }
        if (facts.ComplaintDays.Any(day => day <= today && day > today.AddDays(-RecentComplaintDays)))
        {
            tags.Add(CreditTag.RecentComplaint);
        }
        if (facts.Corporate)
        {
            tags.Add(CreditTag.Corporate);
        }
        if (facts.Vacant)
        {
            tags.Add(CreditTag.Vacant);
        }
        return tags;
    }
}
