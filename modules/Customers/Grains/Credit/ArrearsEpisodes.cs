namespace CollectionGrains.Customers.Credit;

/// <summary>
/// A household's arrears episodes: the stretches of days on which it had a bill overdue (each bill from the day after
/// its due date to the day it was settled, or to today), stretches that touch or overlap counted as one.
/// </summary>
internal static class ArrearsEpisodes
{
    public static List<(DateOnly From, DateOnly To)> Of(CustomerFacts facts, DateOnly today)
    {
        var spans = facts.Bills
            .Where(b => b.Principal > 0 && today > b.DueDate && (b.SettledOn is not { } settled || settled > b.DueDate))
            .Select(b => (From: b.DueDate.AddDays(1), To: b.SettledOn is { } settled && settled <= today ? settled : today))
            .OrderBy(s => s.From)
            .ToList();
        var episodes = new List<(DateOnly From, DateOnly To)>();
        foreach (var span in spans)
        {
            if (episodes.Count > 0 && span.From <= episodes[^1].To.AddDays(1))
            {
                episodes[^1] = (episodes[^1].From, span.To > episodes[^1].To ? span.To : episodes[^1].To);
            }
            else
            {
                episodes.Add(span);
            }
        }
        return episodes;
    }

    /// <summary>Principal overdue today and the days its oldest bill is overdue (0 when none is).</summary>
    public static (decimal Principal, int OldestDays) Overdue(CustomerFacts facts, DateOnly today)
    {
        var overdue = facts.Bills.Where(b => b.Outstanding > 0 && today > b.DueDate && b.SettledOn is null).ToList();
        return (overdue.Sum(b => b.Outstanding), overdue.Count == 0 ? 0 : today.DayNumber - overdue.Min(b => b.DueDate).DayNumber);
    }
}
