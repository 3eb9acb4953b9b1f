using CollectionGrains.Collection;
using CollectionGrains.Kernel;

namespace CollectionGrains.Silo.Demo;

/// <summary>
/// A household's contacts of the last months, as the demo's collectors would have made them for its payments: none for
/// self-payers; one call with a promise kept for those who pay after a reminder; for those who pay after repeated
/// reminders no answer, undecided, then promises (some broken); for defaulters every class — unreachable, away, refusing
/// over the service or the building, broken promises — and dunning notices; for those who complain, the complaint at the
/// first call, then a call every ten days; for those whose payments slide, a call every twenty days. Times fall in the contact windows, a few late
/// in the evening (outside them). The same household and day give the same history.
/// </summary>
internal static class DemoContactHistory
{
    public static List<ContactHistoryEntry> For(DemoHousehold household, IReadOnlyList<Period> periods, DateOnly from, DateOnly today, string collector)
    {
        var random = new Random(StableHash(household.Profile.HouseholdId));
        var cadence = household.Grade switch
        {
            "PaysAfterReminder" => 30, "Slides" => 20, "PaysAfterRepeatedReminders" or "Complains" => 10, "Defaulter" => random.Next(5, 10), _ => 0,
        };
        var entries = new List<ContactHistoryEntry>();
        if (cadence == 0)
        {
            return entries;
        }
        // Defaulters do not all start their round of classes on the same day.
        var phase = random.Next(6);
        var payments = household.Payments.Select(p => (Day: BusinessCalendar.DateOf(p.PaidAt), p.Amount)).OrderBy(p => p.Day).ToList();
        decimal OwedOn(DateOnly day) => Math.Max(0, household.Monthly * periods.Count(p => p.Day(15) <= day) - payments.Where(p => p.Day <= day).Sum(p => p.Amount));
        var (episode, last) = (0, DateOnly.MinValue);
        for (var day = from; day < today; day = day.AddDays(1))
        {
            var owed = OwedOn(day);
            if (owed <= 0 || OwedOn(day.AddDays(-3)) <= 0)
            {
                episode = owed <= 0 ? 0 : episode;
                continue;
            }
            if (episode > 0 && day.DayNumber - last.DayNumber < cadence)
            {
                continue;
            }
            var next = payments.FirstOrDefault(p => p.Day >= day);
            var round = household.Grade == "Defaulter" ? episode + phase : episode;
            entries.Add(Contact(household, random, day, owed, round, next == default ? null : next.Day, today, collector, entries.Count));
            (episode, last) = (episode + 1, day);
        }
        return entries;
    }

    private static ContactHistoryEntry Contact(DemoHousehold household, Random random, DateOnly day, decimal owed, int episode, DateOnly? nextPayment,
        DateOnly today, string collector, int n)
    {
        var (method, outcome, answered, reason) = household.Grade switch
        {
            "PaysAfterReminder" or "Slides" => (ContactMethod.Phone, ContactClass.A_Promised, true, (ArrearsReason?)null),
            "Complains" => episode == 0
                ? (ContactMethod.Phone, ContactClass.E_Refusing, true, new ArrearsReason(ArrearsReasonCategory.BasicService, "电梯多次报修一直没修好，修好之前暂不缴费"))
                : (ContactMethod.Phone, ContactClass.B_Undecided, true, new ArrearsReason(ArrearsReasonCategory.BasicService, "等电梯修好再说")),
            "PaysAfterRepeatedReminders" => episode switch
            {
                0 => (ContactMethod.Phone, ContactClass.B_Undecided, false, null),
                1 => (ContactMethod.Phone, ContactClass.B_Undecided, true, new ArrearsReason(ArrearsReasonCategory.Other, "最近资金紧张，过段时间再交")),
                _ => (ContactMethod.Phone, ContactClass.A_Promised, true, null),
            },
            _ => (episode % 6) switch
            {
                0 => (ContactMethod.Phone, ContactClass.C_Unreachable, false, null),
                1 => (ContactMethod.Visit, ContactClass.C_Unreachable, false, null),
                2 => (ContactMethod.WeChat, ContactClass.D_Away, true, new ArrearsReason(ArrearsReasonCategory.Other, "长期在外地工作")),
                3 => (ContactMethod.Visit, ContactClass.E_Refusing, true, random.Next(2) == 0
                    ? new ArrearsReason(ArrearsReasonCategory.BasicService, "小区保洁、绿化不到位，电梯经常故障")
                    : new ArrearsReason(ArrearsReasonCategory.Developer, "房屋漏水，开发商一直没有维修")),
                4 => (ContactMethod.DunningNotice, ContactClass.B_Undecided, true, null),
                _ => (ContactMethod.Phone, ContactClass.A_Promised, true, null),
            },
        };
        var promised = outcome != ContactClass.A_Promised ? (DateOnly?)null
            : household.Grade == "PaysAfterRepeatedReminders" && episode == 2 && nextPayment is { } pay ? pay.AddDays(-random.Next(0, 8))
            : nextPayment is { } kept && kept.DayNumber - day.DayNumber <= 30 ? kept
            : day.AddDays(7);
        promised = promised is { } p && p < day ? day : promised;
        var at = Time(random, day);
        var request = new ContactRequest($"{household.Profile.HouseholdId}#{n}", method, outcome, at, answered, promised,
            promised is null ? null : Math.Min(owed, household.Monthly), reason, Channel: method == ContactMethod.Phone ? household.Profile.Phones.FirstOrDefault() : null);
        var record = new ContactRecord(request, collector, owed, null, !CollectionPolicy.Standard.InWindow(day, BusinessCalendar.TimeOf(at)), null, null, at.AddMinutes(3));
        return promised is not { } date ? new ContactHistoryEntry(record)
            : nextPayment is { } paid && paid <= date ? new ContactHistoryEntry(record, PromiseState.Kept, paid)
            : date < today.AddDays(-1) ? new ContactHistoryEntry(record, PromiseState.Broken, date.AddDays(1))
            : new ContactHistoryEntry(record);
    }

    /// <summary>In a morning or afternoon window; one in thirty in the evening, outside the windows.</summary>
    private static DateTimeOffset Time(Random random, DateOnly day)
    {
        var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        var minutes = random.Next(30) == 0 ? 20 * 60 + 30
            : random.Next(2) == 0 ? (weekend ? 10 * 60 + 45 : 10 * 60) + random.Next(60)
            : 15 * 60 + 30 + random.Next(120);
        return BusinessCalendar.At(day, new TimeOnly(minutes / 60, minutes % 60));
    }

    private static int StableHash(string text) => text.Aggregate(17, (hash, c) => unchecked(hash * 31 + c));
}
