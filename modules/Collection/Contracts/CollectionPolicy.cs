namespace CollectionGrains.Collection;

/// <summary>
/// A project's collection policy (the procedure of DOMAIN.md, editable per project): contact windows on weekdays and at
/// weekends, the weekly minimum of contacts per household in arrears, caps of attempts per household per day and per
/// 7 days (and of answered contacts per day), the days allowed for the first round, the retry after no answer, and how
/// many open tasks one collector may hold by grabbing, and how near a building a visit's position must be.
/// </summary>
[GenerateSerializer, Immutable, Alias("collection.CollectionPolicy")]
public sealed record CollectionPolicy(
    [property: Id(0)] IReadOnlyList<ContactWindow> WeekdayWindows,
    [property: Id(1)] IReadOnlyList<ContactWindow> WeekendWindows,
    [property: Id(2)] int WeeklyMinimum = 3,
    [property: Id(3)] int MaxAttemptsPerDay = 2,
    [property: Id(4)] int MaxAnsweredPerDay = 1,
    [property: Id(5)] int MaxAttemptsPer7Days = 7,
    [property: Id(6)] int FirstRoundDays = 7,
    [property: Id(7)] int NoAnswerRetryMinutes = 30,
    [property: Id(8)] int MaxOpenTasksPerCollector = 300,
    [property: Id(9)] int VisitRadiusMetres = 150,
    [property: Id(10)] WarningRules? Warnings = null,
    [property: Id(11)] IReadOnlyList<GradeTreatment>? Treatments = null)
{
    /// <summary>The project's warning rules (the standard ones until it sets its own).</summary>
    public WarningRules WarningRules => Warnings ?? WarningRules.Standard;

    /// <summary>
    /// The treatment of a grade: as the project set it, or the standard — the first round by phone (the procedure's
    /// friendly reminder; the script is chosen by grade) and the weekly minimum, one contact a week more for those who pay
    /// after repeated reminders and two more for defaulters (within the days with windows and the 7-day cap).
    /// </summary>
    public GradeTreatment TreatmentOf(Customers.Grade grade)
    {
        if (Treatments?.FirstOrDefault(t => t.Grade == grade) is { } set)
        {
            return set;
        }
        var most = Math.Min(Math.Min(7, MaxAttemptsPer7Days), DaysWithWindows);
        return grade switch
        {
            Customers.Grade.PaysAfterRepeatedReminders => new(grade, ContactMethod.Phone, Math.Max(WeeklyMinimum, Math.Min(WeeklyMinimum + 1, most))),
            Customers.Grade.Defaulter => new(grade, ContactMethod.Phone, Math.Max(WeeklyMinimum, Math.Min(WeeklyMinimum + 2, most))),
            _ => new(grade, ContactMethod.Phone, WeeklyMinimum),
        };
    }

    private int DaysWithWindows => 5 * Math.Sign(WeekdayWindows.Count) + 2 * Math.Sign(WeekendWindows.Count);

    /// <summary>DOMAIN.md's defaults: weekdays 09:30–12:00 and 15:00–18:00, weekends 10:30–12:00 and 15:00–18:00.</summary>
    public static CollectionPolicy Standard { get; } = new(
        [new(new(9, 30), new(12, 0)), new(new(15, 0), new(18, 0))],
        [new(new(10, 30), new(12, 0)), new(new(15, 0), new(18, 0))]);

    public IReadOnlyList<ContactWindow> WindowsOn(DateOnly date) =>
        date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? WeekendWindows : WeekdayWindows;

    public bool InWindow(DateOnly date, TimeOnly time) => WindowsOn(date).Any(w => w.Contains(time));

    /// <summary>What is wrong with this policy, or null: a policy must let the weekly minimum be reached.</summary>
    public string? Validate()
    {
        foreach (var (name, windows) in new[] { ("weekday", WeekdayWindows), ("weekend", WeekendWindows) })
        {
            if (windows.Count > 6 || windows.Any(w => w.Start >= w.End)
                || windows.Zip(windows.Skip(1)).Any(pair => pair.First.End > pair.Second.Start))
            {
                return $"{name} windows must be at most 6, each starting before it ends, in order and not overlapping";
            }
        }
        var daysWithWindows = DaysWithWindows;
        return (WeeklyMinimum, MaxAttemptsPerDay, MaxAnsweredPerDay, MaxAttemptsPer7Days, FirstRoundDays, NoAnswerRetryMinutes, MaxOpenTasksPerCollector) switch
        {
            ( < 1 or > 7, _, _, _, _, _, _) => "the weekly minimum must be 1 to 7 contacts",
            (_, < 1 or > 10, _, _, _, _, _) => "attempts per day must be 1 to 10",
            (_, _, var answered, _, _, _, _) when answered < 1 || answered > MaxAttemptsPerDay => "answered contacts per day must be 1 to the attempts per day",
            (var minimum, _, _, var week, _, _, _) when week < minimum || week > 70 => "attempts per 7 days must be at least the weekly minimum (and at most 70)",
            (var minimum, _, _, _, _, _, _) when daysWithWindows < minimum => $"the windows allow contacts on {daysWithWindows} days a week, fewer than the weekly minimum of {minimum}",
            (_, _, _, _, < 1 or > 30, _, _) => "the first round must be allowed 1 to 30 days",
            (_, _, _, _, _, < 10 or > 240, _) => "the retry after no answer must be 10 to 240 minutes later",
            (_, _, _, _, _, _, < 1 or > 10_000) => "open tasks per collector must be 1 to 10000",
            _ when VisitRadiusMetres is < 20 or > 2000 => "a visit's radius must be 20 to 2000 metres",
            _ when WarningRules.Validate() is { } problem => problem,
            _ when Treatments is { } set && (set.DistinctBy(t => t.Grade).Count() != set.Count
                || set.Any(t => t.WeeklyMinimum < 1 || t.WeeklyMinimum > Math.Min(MaxAttemptsPer7Days, daysWithWindows)))
                => "each grade may be treated once, with a weekly minimum of 1 to the attempts per 7 days and the days with windows",
            _ => null,
        };
    }
}
