using CollectionGrains.Kernel;

namespace CollectionGrains.Analytics.Reviews;

/// <summary>The week of a weekly review: Monday to Sunday of the business calendar (China time), as instants.</summary>
internal readonly record struct ReviewWeek(DateOnly Start)
{
    public static ReviewWeek Holding(DateOnly day) => new(BusinessCalendar.WeekStart(day));

    public DateOnly End => Start.AddDays(7);

    public DateTimeOffset From => BusinessCalendar.At(Start, TimeOnly.MinValue);

    public DateTimeOffset Until => BusinessCalendar.At(End, TimeOnly.MinValue);
}
