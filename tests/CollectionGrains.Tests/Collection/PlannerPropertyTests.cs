using CollectionGrains.Collection;
using CollectionGrains.Collection.Planning;
using CollectionGrains.Kernel;
using CsCheck;

namespace CollectionGrains.Tests.Collection;

/// <summary>
/// The plan under random policies and histories: no planned contact falls outside the windows or above the caps (counted
/// here, independently of the planner), and a collector who follows the plan for four weeks — whatever the answers and
/// classes — reaches the weekly minimum every week.
/// </summary>
public sealed class PlannerPropertyTests
{
    private static readonly DateOnly FirstMonday = new(2026, 3, 2);

    private static readonly Gen<ContactWindow> WindowGen =
        Gen.Select(Gen.Int[7 * 4, 20 * 4], Gen.Int[1, 12]).Select(t => new ContactWindow(new TimeOnly(0, 0).AddMinutes(t.Item1 * 15), new TimeOnly(0, 0).AddMinutes(t.Item1 * 15 + t.Item2 * 15)));

    private static readonly Gen<IReadOnlyList<ContactWindow>> WindowsGen =
        WindowGen.Array[0, 3].Select(ws => (IReadOnlyList<ContactWindow>)ws.OrderBy(w => w.Start)
            .Aggregate(new List<ContactWindow>(), (kept, w) => { if (kept.Count == 0 || kept[^1].End <= w.Start) kept.Add(w); return kept; }));

    private static readonly Gen<CollectionPolicy> PolicyGen =
        Gen.Select(WindowsGen, WindowsGen, Gen.Int[1, 5], Gen.Int[1, 3], Gen.Int[1, 3], Gen.Int[0, 6], Gen.Int[10, 120])
            .Select(t => new CollectionPolicy(t.Item1, t.Item2, t.Item3, t.Item4, Math.Min(t.Item5, t.Item4), t.Item3 + t.Item6,
                FirstRoundDays: 3, NoAnswerRetryMinutes: t.Item7))
            .Where(p => p.Validate() is null && p.WeekdayWindows.Count > 0);

    private static readonly Gen<ContactClass?> ClassGen = Gen.Int[0, 5].Select(i => i == 5 ? (ContactClass?)null : (ContactClass)i);

    [Fact]
    public void No_planned_contact_falls_outside_the_windows_or_above_the_caps_whatever_the_history() =>
        Gen.Select(PolicyGen, ClassGen, Gen.Select(Gen.Int[-13 * 96, 96], Gen.Bool).Array[0, 20], Gen.Int[0, 6], Gen.Int[0, 95])
            .Sample(t =>
            {
                var (policy, contactClass, history, dayOffset, quarter) = t;
                var day = FirstMonday.AddDays(7 + dayOffset);
                var now = BusinessCalendar.At(day, TimeOnly.MinValue).AddMinutes(quarter * 15);
                var marks = history.Select(h => new ContactMark(now.AddMinutes(h.Item1 * 15), ContactMethod.Phone, h.Item2, "c1", false))
                    .Where(m => m.At <= now).OrderBy(m => m.At).ToList();
                var @case = Case(contactClass, marks, BusinessCalendar.At(FirstMonday, TimeOnly.MinValue), day);
                if (CollectionPlanner.Next(@case, policy, day, now) is { } action)
                {
                    CheckInWindow(policy, day, action);
                    CheckCaps(policy, marks, action.WindowStart);
                }
            }, iter: 2000);

    [Fact]
    public void Standard_treatments_ask_more_of_worse_grades_and_a_project_can_visit_defaulters_first()
    {
        // The standard policy: weekly minimum 3, 7 attempts in 7 days, windows on all 7 days.
        var standard = CollectionPolicy.Standard;
        Assert.Equal([(ContactMethod.Phone, 3), (ContactMethod.Phone, 3), (ContactMethod.Phone, 4), (ContactMethod.Phone, 5)],
            Enum.GetValues<CollectionGrains.Customers.Grade>().Select(g => (standard.TreatmentOf(g).FirstMethod, standard.TreatmentOf(g).WeeklyMinimum)));
        var visitDefaulters = standard with { Treatments = [new GradeTreatment(CollectionGrains.Customers.Grade.Defaulter, ContactMethod.Visit, 5)] };
        Assert.Null(visitDefaulters.Validate());
        var opened = BusinessCalendar.At(FirstMonday, new TimeOnly(8, 0));
        var defaulter = Case(null, [], opened, FirstMonday) with { Grade = CollectionGrains.Customers.Grade.Defaulter };
        Assert.Equal(ContactMethod.Visit, CollectionPlanner.Next(defaulter, visitDefaulters, FirstMonday, opened)!.Method);
        Assert.Equal(ContactMethod.Phone, CollectionPlanner.Next(defaulter with { Grade = CollectionGrains.Customers.Grade.SelfPayer }, visitDefaulters, FirstMonday, opened)!.Method);
    }

    [Fact]
    public void Following_the_plan_reaches_the_weekly_minimum_of_the_grade_every_week_within_windows_and_caps() =>
        Gen.Select(PolicyGen, ClassGen, Gen.Int[0, 1000].Array[200], Gen.Int[0, 3], Gen.Int[0, 3])
            .Sample(t =>
            {
                var (policy, startClass, dice, answeredOdds, gradeIndex) = t;
                var grade = (CollectionGrains.Customers.Grade)gradeIndex;
                var opened = BusinessCalendar.At(FirstMonday, TimeOnly.MinValue);
                var marks = new List<ContactMark>();
                var contactClass = startClass;
                var roll = 0;
                for (var day = FirstMonday; day < FirstMonday.AddDays(28); day = day.AddDays(1))
                {
                    var now = BusinessCalendar.At(day, TimeOnly.MinValue);
                    for (var attempt = 0; attempt < 10; attempt++)
                    {
                        var @case = Case(contactClass, marks, opened, day) with { Grade = grade };
                        if (CollectionPlanner.Next(@case, policy, day, now) is not { } action)
                        {
                            break;
                        }
                        CheckInWindow(policy, day, action);
                        CheckCaps(policy, marks, action.WindowStart);
                        var answered = dice[roll++ % dice.Length] % 4 >= answeredOdds;
                        marks.Add(new ContactMark(action.WindowStart, action.Method, answered, "c1", false));
                        contactClass = dice[roll++ % dice.Length] % 3 == 0 ? (ContactClass)(dice[roll++ % dice.Length] % 5) : contactClass ?? ContactClass.B_Undecided;
                        now = action.WindowStart.AddMinutes(1);
                    }
                }
                for (var week = 0; week < 4; week++)
                {
                    var start = FirstMonday.AddDays(7 * week);
                    var count = marks.Count(m => BusinessCalendar.DateOf(m.At) is var d && d >= start && d < start.AddDays(7));
                    var minimum = policy.TreatmentOf(grade).WeeklyMinimum;
                    Assert.True(count >= minimum, $"week {week + 1}: {count} contacts, minimum {minimum} for {grade}; policy {Describe(policy)}");
                }
            }, iter: 1000);

    private static CaseSummary Case(ContactClass? contactClass, IReadOnlyList<ContactMark> marks, DateTimeOffset opened, DateOnly day)
    {
        var promise = contactClass == ContactClass.A_Promised
            ? new Promise("p", day.AddDays(1 + day.DayNumber % 5), 100m, PromiseState.Open, opened, "c1", 0m, null)
            : null;
        return new CaseSummary("h1", "p1", "b1", 1, "c1", "h1:1", CollectionTaskStatus.Assigned, opened, null, 500m, new DateOnly(2026, 1, 15),
            marks.Count == 0 ? null : contactClass, promise, marks.Count, [.. marks], [], []);
    }

    private static void CheckInWindow(CollectionPolicy policy, DateOnly day, PlannedAction action)
    {
        Assert.Equal(day, BusinessCalendar.DateOf(action.WindowStart));
        var window = policy.WindowsOn(day).FirstOrDefault(w => w.Contains(BusinessCalendar.TimeOf(action.WindowStart)));
        Assert.True(window is not null && BusinessCalendar.At(day, window.End) == action.DueBy,
            $"planned {action.WindowStart:O}–{action.DueBy:O} is not inside a window of {Describe(policy)}");
    }

    /// <summary>The caps counted here, from the contacts made so far plus the one planned.</summary>
    private static void CheckCaps(CollectionPolicy policy, IReadOnlyList<ContactMark> marks, DateTimeOffset at)
    {
        var day = BusinessCalendar.DateOf(at);
        var sameDay = marks.Where(m => BusinessCalendar.DateOf(m.At) == day).ToList();
        Assert.True(sameDay.Count + 1 <= policy.MaxAttemptsPerDay, $"attempt {sameDay.Count + 1} on {day} over the cap {policy.MaxAttemptsPerDay}");
        Assert.True(sameDay.Count(m => m.Answered) < policy.MaxAnsweredPerDay, $"planned after {policy.MaxAnsweredPerDay} answered contacts on {day}");
        var week = marks.Count(m => BusinessCalendar.DateOf(m.At) is var d && d > day.AddDays(-7) && d <= day);
        Assert.True(week + 1 <= policy.MaxAttemptsPer7Days, $"attempt {week + 1} in 7 days over the cap {policy.MaxAttemptsPer7Days}");
    }

    private static string Describe(CollectionPolicy p) =>
        $"weekdays {string.Join(",", p.WeekdayWindows)} weekends {string.Join(",", p.WeekendWindows)} min {p.WeeklyMinimum} day {p.MaxAttemptsPerDay}/{p.MaxAnsweredPerDay} 7d {p.MaxAttemptsPer7Days}";
}
