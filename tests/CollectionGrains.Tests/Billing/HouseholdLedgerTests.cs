using CollectionGrains.Billing;
using CollectionGrains.Billing.Ledger;
using CollectionGrains.Kernel;

namespace CollectionGrains.Tests.Billing;

public sealed class HouseholdLedgerTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    private static BillDraft Bill(string item, string period, decimal amount) =>
        new(item, item, Period.Parse(period), Period.Parse(period).Day(15), amount);

    private static PaymentRequest Payment(string id, decimal amount, DateOnly? on = null) =>
        new(id, amount, PaymentChannel.WeChatPay, new DateTimeOffset((on ?? Today).ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)));

    private static HouseholdLedger NewLedger(LateFeePolicy? policy = null) => new(new LedgerState(), policy ?? LateFeePolicy.Standard);

    [Fact]
    public void A_payment_settles_the_oldest_bill_first_late_fee_before_principal()
    {
        var ledger = NewLedger();
        ledger.Issue(Bill("property", "2026-03", 300m), Today);
        ledger.Issue(Bill("property", "2026-04", 300m), Today);

        var (payment, appliedNow) = ledger.Pay(Payment("p1", 310m), Today);

        Assert.True(appliedNow);
        // March bill: 300 overdue since 03-15 → 78 days × 0.15 = 11.70 late fee, paid first.
        Assert.Equal(new PaymentAllocation("property:2026-03", 11.70m, 298.30m, Today), payment.Allocations[0]);
        Assert.Equal(310m, payment.Allocations.Sum(a => a.Total));
        Assert.Single(payment.Allocations);
    }

    [Fact]
    public void Principal_first_is_a_project_policy()
    {
        var ledger = NewLedger(LateFeePolicy.Standard with { Order = AllocationOrder.PrincipalFirst });
        ledger.Issue(Bill("property", "2026-03", 300m), Today);
        var (payment, _) = ledger.Pay(Payment("p1", 305m), Today);
        Assert.Equal(new PaymentAllocation("property:2026-03", 5m, 300m, Today), payment.Allocations[0]);
        Assert.Equal(6.70m, ledger.Arrears("h", Today).LateFee);
    }

    [Fact]
    public void What_exceeds_the_debt_is_prepaid_and_settles_the_next_bill_when_it_is_issued()
    {
        var ledger = NewLedger();
        ledger.Issue(Bill("property", "2026-06", 300m), Today);
        ledger.Pay(Payment("p1", 1000m), Today);
        Assert.Equal(700m, ledger.Prepaid);

        ledger.Issue(Bill("property", "2026-07", 300m), Today);

        Assert.Equal(400m, ledger.Prepaid);
        Assert.All(ledger.Balances(Today), b => Assert.Equal(0m, b.TotalDue));
    }

    [Fact]
    public void The_same_payment_id_returns_the_first_result_and_other_content_is_a_conflict()
    {
        var ledger = NewLedger();
        ledger.Issue(Bill("property", "2026-05", 300m), Today);
        var first = ledger.Pay(Payment("p1", 100m), Today);

        var again = ledger.Pay(Payment("p1", 100m), Today);
        var conflict = Assert.Throws<LedgerRejectedException>(() => ledger.Pay(Payment("p1", 120m), Today));

        Assert.False(again.AppliedNow);
        Assert.Same(first.Payment, again.Payment);
        Assert.Equal(LedgerErrorCode.Conflict, conflict.Code);
        Assert.Single(ledger.State.Payments);
    }

    [Fact]
    public void A_reversal_undoes_the_allocations_and_the_arrears_return()
    {
        var ledger = NewLedger();
        ledger.Issue(Bill("property", "2026-04", 300m), Today);
        var before = ledger.Arrears("h", Today);
        ledger.Pay(Payment("p1", 500m), Today);
        Assert.Equal(0m, ledger.Arrears("h", Today).Total);

        var (reversed, appliedNow) = ledger.Reverse("p1", "bank withholding bounced", Today);

        Assert.True(appliedNow);
        Assert.True(reversed.Reversed);
        Assert.Equal(before.Total, ledger.Arrears("h", Today).Total);
        Assert.Equal(0m, ledger.Prepaid);
        Assert.False(ledger.Reverse("p1", "again", Today).AppliedNow);
    }

    [Fact]
    public void Reversing_a_payment_lets_another_payments_prepaid_balance_settle_the_freed_bill()
    {
        var ledger = NewLedger();
        ledger.Pay(Payment("p1", 300m), Today);
        ledger.Pay(Payment("p2", 300m), Today);
        ledger.Issue(Bill("property", "2026-06", 300m), Today);
        Assert.Equal(300m, ledger.Prepaid);

        ledger.Reverse("p1", "bounced", Today);

        Assert.Equal(0m, ledger.Prepaid);
        Assert.Equal(0m, ledger.Balances(Today).Single().TotalDue);
    }

    [Fact]
    public void A_late_fee_waiver_needs_reason_and_approver_and_forgives_the_late_fee_due()
    {
        var ledger = NewLedger();
        ledger.Issue(Bill("property", "2026-03", 300m), Today);
        var waiver = new WaiverRequest("w1", "property:2026-03", WaiverKind.LateFee, null, Today, "", "manager");
        Assert.Equal(LedgerErrorCode.BadInput, Assert.Throws<LedgerRejectedException>(() => ledger.Waive(waiver, Today)).Code);

        var receipt = ledger.Waive(waiver with { Reason = "hardship" }, Today);

        Assert.Equal(11.70m, receipt.LateFee);
        Assert.Equal(0m, ledger.Arrears("h", Today).LateFee);
        Assert.Equal(300m, ledger.Arrears("h", Today).Principal);
    }

    [Fact]
    public void Arrears_report_the_age_of_the_oldest_unpaid_overdue_bill_and_its_bucket()
    {
        var ledger = NewLedger();
        ledger.Issue(Bill("property", "2025-04", 300m), Today);
        ledger.Issue(Bill("parking", "2026-05", 150m), Today);
        ledger.Issue(Bill("property", "2026-06", 300m), Today);   // not yet due: receivable, not arrears

        var arrears = ledger.Arrears("h", Today);

        Assert.Equal(2, arrears.OverdueBills.Count);
        Assert.Equal(450m, arrears.Principal);
        Assert.Equal(new DateOnly(2025, 4, 15), arrears.OldestDueDate);
        Assert.Equal(412, arrears.AgeDays);
        Assert.Equal(AgeBucket.Over365, arrears.Bucket);
    }

    [Fact]
    public void Bad_input_is_refused_and_changes_nothing()
    {
        var ledger = NewLedger();
        ledger.Issue(Bill("property", "2026-05", 300m), Today);
        Assert.Throws<LedgerRejectedException>(() => ledger.Pay(Payment("p1", -5m), Today));
        Assert.Throws<LedgerRejectedException>(() => ledger.Pay(Payment("p1", 1.005m), Today));
        Assert.Throws<LedgerRejectedException>(() => ledger.Pay(Payment("", 10m), Today));
        Assert.Throws<LedgerRejectedException>(() => ledger.Pay(Payment("p1", 10m, Today.AddDays(5)), Today));
        Assert.Throws<LedgerRejectedException>(() => ledger.Issue(Bill("property", "2026-05", 301m), Today));
        Assert.Throws<LedgerRejectedException>(() => ledger.Reverse("missing", "reason", Today));
        Assert.Empty(ledger.State.Payments);
        Assert.Single(ledger.State.Bills);
    }
}
