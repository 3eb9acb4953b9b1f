using CollectionGrains.Billing;
using CollectionGrains.Billing.Ledger;
using CollectionGrains.Kernel;

namespace CollectionGrains.Tests.Billing;

/// <summary>
/// Payments are dated by the China business day, fall between the day a household could first owe and today, and a
/// payment or waiver dated in the past never leaves late fee paid above what accrued. Expected figures are worked by hand
/// (daily rate 0.0005, no grace, late fee first).
/// </summary>
public sealed class PaymentDatingTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    // One bill of 1,000.00 due 2026-02-15; 06-01 is 106 days later (14 + 31 + 30 + 31): 106 × 1,000 × 0.0005 = 53.00 late fee.
    private static HouseholdLedger LedgerWithFebruaryBill()
    {
        var ledger = new HouseholdLedger(new LedgerState(), LateFeePolicy.Standard);
        ledger.Issue(new BillDraft("property", "物业费", Period.Parse("2026-02"), new DateOnly(2026, 2, 15), 1000m), Today);
        return ledger;
    }

    private static PaymentRequest Paid(string id, decimal amount, DateTimeOffset at) => new(id, amount, PaymentChannel.BankTransfer, at);

    private static DateTimeOffset China(DateOnly day, int hour = 10) => BusinessCalendar.At(day, new TimeOnly(hour, 0));

    [Fact]
    public void A_back_dated_payment_returns_late_fee_that_no_longer_accrued_to_prepaid()
    {
        var ledger = LedgerWithFebruaryBill();
        ledger.Pay(Paid("today", 526.50m, China(Today)), Today);                 // half of 1,053.00: 53.00 late fee + 473.50 principal
        ledger.Pay(Paid("found-late", 526.50m, China(new(2026, 2, 25))), Today); // the rest, paid ten days after the due date

        // Accrued with the rest paid on 02-25: (10 days × 1,000 + 96 days × 473.50) × 0.0005 = 27.73 (27.728).
        // 53.00 was paid as late fee, so 25.27 comes back: 1,053.00 paid = 1,000.00 principal + 27.73 late fee + 25.27 prepaid.
        var bill = ledger.Balances(Today).Single();
        Assert.Equal(27.73m, bill.LateFeeAccrued);
        Assert.Equal(27.73m, bill.LateFeePaid);
        Assert.Equal(0m, bill.TotalDue);
        Assert.Equal(25.27m, ledger.Prepaid);
        Assert.Equal(new PaymentAllocation(bill.BillId, -25.27m, 0m, Today), ledger.State.Payments[0].Allocations[^1]);
    }

    [Fact]
    public void A_back_dated_waiver_of_the_bill_returns_late_fee_paid_above_what_accrued()
    {
        var ledger = LedgerWithFebruaryBill();
        ledger.Pay(Paid("p1", 100m, China(Today)), Today);                   // 53.00 late fee + 47.00 principal
        ledger.Waive(new WaiverRequest("w1", "property:2026-02", WaiverKind.Bill, null, new DateOnly(2026, 2, 25), "房屋漏水", "经理"), Today);

        // 953.00 forgiven from 02-25: (10 × 1,000 + 96 × 47.00) × 0.0005 = 7.26 (7.256) accrued; 53.00 − 7.26 = 45.74 back.
        Assert.Equal(7.26m, ledger.Balances(Today).Single().LateFeePaid);
        Assert.Equal(45.74m, ledger.Prepaid);
        Assert.Equal(0m, ledger.Arrears("h", Today).Total);
    }

    [Fact]
    public void A_payment_is_dated_by_the_China_business_day_whatever_offset_it_arrives_with()
    {
        var ledger = new HouseholdLedger(new LedgerState(), LateFeePolicy.Standard);
        ledger.Issue(new BillDraft("property", "物业费", Period.Parse("2026-01"), new DateOnly(2026, 1, 15), 100m), Today);

        // 2026-01-31T20:00Z is 1 February 04:00 in China: 17 days overdue, 17 × 100 × 0.0005 = 0.85 (the 31st would be 0.80).
        var (payment, _) = ledger.Pay(Paid("p1", 100.85m, new DateTimeOffset(2026, 1, 31, 20, 0, 0, TimeSpan.Zero)), Today);

        Assert.Equal(new PaymentAllocation("property:2026-01", 0.85m, 100m, new DateOnly(2026, 2, 1)), payment.Allocations.Single());
        Assert.Equal(0m, ledger.Prepaid);
    }

    [Fact]
    public void A_payment_dated_after_today_in_China_is_refused()
    {
        var ledger = LedgerWithFebruaryBill();
        // 06-01T17:00Z is 06-02 01:00 in China; 05-31T17:00Z is 06-01 01:00, today.
        var tomorrow = Assert.Throws<LedgerRejectedException>(() => ledger.Pay(Paid("p1", 10m, new(2026, 6, 1, 17, 0, 0, TimeSpan.Zero)), Today));
        Assert.Equal(LedgerErrorCode.BadInput, tomorrow.Code);
        Assert.Empty(ledger.State.Payments);
        Assert.True(ledger.Pay(Paid("p2", 10m, new(2026, 5, 31, 17, 0, 0, TimeSpan.Zero)), Today).AppliedNow);
    }

    [Fact]
    public void A_payment_dated_before_the_household_could_owe_anything_is_refused()
    {
        var ledger = LedgerWithFebruaryBill();
        var movedIn = new DateOnly(2026, 1, 20);

        Assert.Throws<LedgerRejectedException>(() => ledger.Pay(Paid("p1", 10m, China(new(1900, 1, 1))), Today, movedIn));
        // The first bill's month (February) starts after move-in: the earlier of the two is the first payable day.
        Assert.Throws<LedgerRejectedException>(() => ledger.Pay(Paid("p2", 10m, China(new(2026, 1, 19))), Today, movedIn));
        Assert.Empty(ledger.State.Payments);
        Assert.True(ledger.Pay(Paid("p3", 10m, China(movedIn)), Today, movedIn).AppliedNow);
        Assert.Throws<LedgerRejectedException>(() => ledger.Pay(Paid("p4", 10m, China(new(2026, 1, 31))), Today));
        Assert.True(ledger.Pay(Paid("p5", 10m, China(new(2026, 2, 1))), Today).AppliedNow);
    }
}
