using CollectionGrains.Billing;
using CollectionGrains.Billing.Ledger;

namespace CollectionGrains.Tests.Billing;

public sealed class LateFeeCalculatorTests
{
    private static readonly DateOnly Due = new(2026, 1, 10);

    private static decimal Accrued(decimal principal, int daysAfterDue, LateFeePolicy? policy = null,
        params (int Day, decimal Amount)[] payments) =>
        LateFeeCalculator.Accrued(principal, Due, payments.Select(p => (Due.AddDays(p.Day), p.Amount)),
            Due.AddDays(daysAfterDue), policy ?? LateFeePolicy.Standard);

    [Fact]
    public void Accrues_the_daily_rate_on_overdue_principal() => Assert.Equal(15.00m, Accrued(1000m, 30));

    [Fact]
    public void Nothing_accrues_on_or_before_the_due_date() => Assert.Equal(0m, Accrued(1000m, 0));

    [Fact]
    public void Accrual_starts_after_the_grace_days()
    {
        var grace30 = LateFeePolicy.Standard with { GraceDays = 30 };
        Assert.Equal(0m, Accrued(1000m, 30, grace30));
        Assert.Equal(5.00m, Accrued(1000m, 40, grace30));
    }

    [Fact]
    public void A_partial_principal_payment_stops_accrual_on_the_paid_part_from_its_day() =>
        Assert.Equal(9.00m, Accrued(1000m, 30, null, (10, 600m)));

    [Fact]
    public void Paying_all_principal_stops_accrual_but_keeps_what_accrued() =>
        Assert.Equal(5.00m, Accrued(1000m, 400, null, (10, 1000m)));

    [Fact]
    public void Is_capped_at_the_principal_when_the_policy_says_so()
    {
        var steep = LateFeePolicy.Standard with { DailyRate = 0.01m };
        Assert.Equal(100m, Accrued(100m, 1000, steep));
        Assert.Equal(1000m, Accrued(100m, 1000, steep with { CapAtPrincipal = false }));
    }

    [Fact]
    public void Is_limited_by_the_annual_ceiling_over_the_reference_rate()
    {
        // 1.3 × a 3.45% loan prime rate = 4.485% a year, far below 0.05% a day (18.25% a year).
        var ceiling = LateFeePolicy.Standard with { AnnualCeilingMultiple = 1.3m, ReferenceAnnualRate = 0.0345m };
        Assert.Equal(44.85m, Accrued(1000m, 365, ceiling));
    }

    [Fact]
    public void Rounds_half_up_to_the_cent()
    {
        Assert.Equal(0.01m, Accrued(10m, 1));      // 0.005 → 0.01, not banker's 0.00
        Assert.Equal(0.05m, Accrued(33.33m, 3));   // 0.049995 → 0.05
    }

    [Fact]
    public void Is_simple_interest_never_on_late_fees() =>
        Assert.Equal(1000m * 730 * 0.0005m, Accrued(1000m, 730));

    [Fact]
    public void Each_day_accrues_at_the_rate_in_effect_that_day_and_grace_is_the_due_dates()
    {
        var from21 = new DateOnly(2026, 1, 21);
        var doubled = LateFeeSchedule.Always(LateFeePolicy.Standard).With(LateFeePolicy.Standard with { DailyRate = 0.001m }, from21);
        var asOf = new DateOnly(2026, 1, 25);
        // 11–20 January at 0.0005 on 1000 = 5.00; 21–25 January at 0.001 = 5.00.
        Assert.Equal(10.00m, LateFeeCalculator.Accrued(1000m, Due, [], asOf, doubled));
        // 600 paid on the 15th: 11–15 on 1000 at 0.0005 = 2.50; 16–20 on 400 at 0.0005 = 1.00; 21–25 on 400 at 0.001 = 2.00.
        Assert.Equal(5.50m, LateFeeCalculator.Accrued(1000m, Due, [(new DateOnly(2026, 1, 15), 600m)], asOf, doubled));
        // Grace taken up later does not reach back to a bill that fell due before: 15 days at 0.0005 = 7.50.
        var graced = LateFeeSchedule.Always(LateFeePolicy.Standard).With(LateFeePolicy.Standard with { GraceDays = 30 }, from21);
        Assert.Equal(7.50m, LateFeeCalculator.Accrued(1000m, Due, [], asOf, graced));
    }
}
