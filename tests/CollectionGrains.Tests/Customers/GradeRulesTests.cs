using CollectionGrains.Customers;
using CollectionGrains.Customers.Grading;
using CollectionGrains.Kernel;

namespace CollectionGrains.Tests.Customers;

/// <summary>客户分级 on hand-made histories: each grade, and each boundary of the rule (GradeRules' summary states it).</summary>
public sealed class GradeRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    /// <summary>A bill of a month (due on the 15th) settled that many days after its due date (null: unpaid).</summary>
    private static BillRecord Bill(string period, int? daysLate) =>
        new(Period.Parse(period), Period.Parse(period).Day(15), 300m, daysLate is null ? 300m : 0m,
            daysLate is { } late ? Period.Parse(period).Day(15).AddDays(late) : null);

    private static Grade GradeOf(IReadOnlyList<BillRecord> bills, params DateOnly[] contacts) =>
        GradeRules.Grade(new CustomerFacts(bills, contacts, [], false, false), Today);

    [Fact]
    public void Bills_paid_by_their_due_dates_make_a_self_payer_and_so_does_no_history() =>
        Assert.Equal([Grade.SelfPayer, Grade.SelfPayer, Grade.SelfPayer],
            new[] { GradeOf([Bill("2026-09", -5), Bill("2026-10", 0), Bill("2026-11", -1)]), GradeOf([]), GradeOf([Bill("2026-11", null)]) });

    [Fact]
    public void A_day_late_without_a_recorded_reminder_counts_as_one_reminder()
    {
        Assert.Equal(Grade.PaysAfterReminder, GradeOf([Bill("2026-09", 0), Bill("2026-10", 1)]));
        Assert.Equal(Grade.PaysAfterReminder, GradeOf([Bill("2026-10", 10)], new DateOnly(2026, 10, 20)));
    }

    [Fact]
    public void Two_reminders_or_more_than_45_days_late_make_repeated_reminders()
    {
        Assert.Equal(Grade.PaysAfterReminder, GradeOf([Bill("2026-08", 45)]));
        Assert.Equal(Grade.PaysAfterRepeatedReminders, GradeOf([Bill("2026-08", 46)]));
        // Reminders count after the due date up to the settlement day, both ends as stated.
        Assert.Equal(Grade.PaysAfterRepeatedReminders, GradeOf([Bill("2026-10", 10)], new DateOnly(2026, 10, 16), new DateOnly(2026, 10, 25)));
        Assert.Equal(Grade.PaysAfterReminder, GradeOf([Bill("2026-10", 10)], new DateOnly(2026, 10, 15), new DateOnly(2026, 10, 25)));
        Assert.Equal(Grade.PaysAfterReminder, GradeOf([Bill("2026-10", 10)], new DateOnly(2026, 10, 16), new DateOnly(2026, 10, 26)));
    }

    [Fact]
    public void Unpaid_after_two_reminders_is_a_default_only_past_90_days_and_unpaid_at_all_past_180()
    {
        var due90 = Today.AddDays(-90);
        DateOnly[] twoReminders = [Today.AddDays(-80), Today.AddDays(-60)];
        var unpaid90 = new BillRecord(Period.Of(due90), due90, 300m, 300m, null);
        var unpaid91 = unpaid90 with { DueDate = Today.AddDays(-91) };
        Assert.Equal(Grade.SelfPayer, GradeOf([unpaid90], twoReminders));
        Assert.Equal(Grade.Defaulter, GradeOf([unpaid91], twoReminders));
        Assert.Equal(Grade.SelfPayer, GradeOf([unpaid91], twoReminders[0]));
        Assert.Equal(Grade.SelfPayer, GradeOf([unpaid90 with { DueDate = Today.AddDays(-180) }]));
        Assert.Equal(Grade.Defaulter, GradeOf([unpaid90 with { DueDate = Today.AddDays(-181) }]));
    }

    [Fact]
    public void A_defaulted_bill_outweighs_any_recent_good_behaviour() =>
        Assert.Equal(Grade.Defaulter, GradeOf([Bill("2025-12", null), Bill("2026-09", -3), Bill("2026-10", -3), Bill("2026-11", -3)]));

    [Fact]
    public void Only_the_three_latest_periods_with_a_decided_bill_count()
    {
        Assert.Equal(Grade.PaysAfterRepeatedReminders, GradeOf([Bill("2026-08", 60), Bill("2026-09", -3), Bill("2026-10", -3), Bill("2026-11", null)]));
        Assert.Equal(Grade.SelfPayer, GradeOf([Bill("2026-07", 60), Bill("2026-08", -3), Bill("2026-09", -3), Bill("2026-10", -3)]));
    }

    [Fact]
    public void Bills_of_no_principal_say_nothing() =>
        Assert.Equal(Grade.SelfPayer, GradeOf([Bill("2026-10", 100) with { Principal = 0m }]));
}
