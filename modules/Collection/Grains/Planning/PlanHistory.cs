using CollectionGrains.Kernel;

namespace CollectionGrains.Collection.Planning;

/// <summary>A case's direct contacts (calls, messages, visits) as the plan of one day reads them.</summary>
internal sealed class PlanHistory(IReadOnlyList<ContactMark> direct, DateOnly date)
{
    public DateOnly Date => date;

    /// <summary>The contacts of the day itself, in time order.</summary>
    public IReadOnlyList<ContactMark> OnDay { get; } = [.. direct.Where(c => BusinessCalendar.DateOf(c.At) == date).OrderBy(c => c.At)];

    /// <summary>Attempts in the 7 days up to and including the day (the rolling cap).</summary>
    public int InSevenDays => direct.Count(c => BusinessCalendar.DateOf(c.At) is var d && d > date.AddDays(-7) && d <= date);

    /// <summary>The last day before this one with a contact.</summary>
    public DateOnly? LastDay => direct.Select(c => BusinessCalendar.DateOf(c.At)).Where(d => d < date).DefaultIfEmpty().Max() is var last && last != default ? last : null;

    /// <summary>Contacts from <paramref name="weekStart"/> up to the day before this one.</summary>
    public int Before(DateOnly weekStart) => direct.Count(c => BusinessCalendar.DateOf(c.At) is var d && d >= weekStart && d < date);
}
