using System.Text.Json;
using CollectionGrains.Billing;
using CollectionGrains.Billing.Ledger;
using CollectionGrains.Kernel;
using CsCheck;

namespace CollectionGrains.Tests.Billing;

/// <summary>
/// Random streams of bills, payments, duplicates, conflicting duplicates, reversals, waivers and the passing of days;
/// the ledger's invariants are checked after every operation. Late fees are checked against an oracle that walks the
/// days one by one (<see cref="LateFeeByDays"/>), not against the ledger's own calculator; money is checked by
/// conservation: every cent paid is on a bill (never above what the bill charges) or in prepaid.
/// </summary>
public sealed class HouseholdLedgerPropertyTests
{
    private sealed record Step(int Kind, int DaysLater, int Cents, int Pick, bool PrincipalFirst);

    private static readonly Gen<Step> StepGen =
        Gen.Select(Gen.Int[0, 7], Gen.Int[0, 45], Gen.Int[1, 400_000], Gen.Int[0, 10_000], Gen.Bool)
            .Select(t => new Step(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5));

    [Fact]
    public void Invariants_hold_after_every_operation_of_any_sequence() =>
        StepGen.Array[1, 60].Sample(Run, iter: 400);

    private static void Run(Step[] steps)
    {
        var policy = LateFeePolicy.Standard with
        {
            Order = steps[0].PrincipalFirst ? AllocationOrder.PrincipalFirst : AllocationOrder.LateFeeFirst,
            GraceDays = steps[0].Pick % 3 == 0 ? 10 : 0,
        };
        var ledger = new HouseholdLedger(new LedgerState(), policy);
        var today = new DateOnly(2025, 1, 1);
        var period = Period.Of(today).AddMonths(-6);
        var movedIn = period.FirstDay;
        var paymentCount = 0;
        var waiverCount = 0;
        foreach (var step in steps)
        {
            today = today.AddDays(step.DaysLater);
            var amount = step.Cents / 100m;
            switch (step.Kind)
            {
                case 0 or 1:
                    var draft = new BillDraft(step.Kind == 0 ? "property" : "parking", "fee", period, period.Day(15), amount);
                    if (ledger.State.Bills.Find(b => b.BillId == draft.BillId) is { } issued)
                    {
                        // A bill run repeated: same content issues nothing, other content is refused.
                        AssertUnchanged(ledger, () =>
                        {
                            Assert.False(ledger.Issue(draft with { Amount = issued.Principal }, today));
                            if (draft.Amount != issued.Principal)
                            {
                                Assert.Throws<LedgerRejectedException>(() => ledger.Issue(draft, today));
                            }
                        });
                    }
                    else
                    {
                        Assert.True(ledger.Issue(draft, today));
                    }
                    if (step.Kind == 1)
                    {
                        period = period.AddMonths(1);
                    }
                    break;
                case 2 or 3:
                    // Most payments are of the day; some were found late (a bank file, a counter receipt) and go back months.
                    var back = step.Kind == 2 ? step.Pick % 5 : step.Pick % 200;
                    var paidOn = today.AddDays(-back) < movedIn ? movedIn : today.AddDays(-back);
                    ledger.Pay(NewPayment($"p{++paymentCount}", amount, paidOn), today, movedIn);
                    break;
                case 4 when ledger.State.Payments.Count > 0:
                    var existing = ledger.State.Payments[step.Pick % ledger.State.Payments.Count];
                    AssertUnchanged(ledger, () =>
                    {
                        Assert.False(ledger.Pay(new PaymentRequest(existing.PaymentId, existing.Amount, existing.Channel, existing.PaidAt), today, movedIn).AppliedNow);
                        Assert.Throws<LedgerRejectedException>(() =>
                            ledger.Pay(new PaymentRequest(existing.PaymentId, existing.Amount + 0.01m, existing.Channel, existing.PaidAt), today, movedIn));
                    });
                    break;
                case 5 when ledger.State.Payments.Count > 0:
                    ledger.Reverse(ledger.State.Payments[step.Pick % ledger.State.Payments.Count].PaymentId, "bounced", today);
                    break;
                case 6 when ledger.State.Bills.Count > 0:
                    var bill = ledger.Balance(ledger.State.Bills[step.Pick % ledger.State.Bills.Count], today);
                    var kind = step.Pick % 2 == 0 ? WaiverKind.LateFee : WaiverKind.Bill;
                    var waivedOn = today.AddDays(-(step.Pick % 90));
                    var billOn = ledger.Balance(ledger.State.Bills[step.Pick % ledger.State.Bills.Count], waivedOn);
                    if ((kind == WaiverKind.LateFee ? billOn.LateFeeDue : billOn.TotalDue) > 0)
                    {
                        // A waiver approved today may take effect on an earlier day (the day the complaint was raised).
                        ledger.Waive(new WaiverRequest($"w{++waiverCount}", bill.BillId, kind, null, waivedOn, "hardship", "manager"), today);
                    }
                    break;
                case 7:
                    // Paid, then reversed the same day: as if it never happened.
                    var before = ledger.Arrears("h", today);
                    var id = $"p{++paymentCount}";
                    ledger.Pay(NewPayment(id, amount, today), today, movedIn);
                    ledger.Reverse(id, "bounced", today);
                    var after = ledger.Arrears("h", today);
                    Assert.Equal(before.Total, after.Total);
                    Assert.Equal(before.Prepaid, after.Prepaid);
                    break;
            }
            CheckInvariants(ledger, policy, today);
        }
    }

    private static PaymentRequest NewPayment(string id, decimal amount, DateOnly on) =>
        new(id, amount, PaymentChannel.BankWithholding, new DateTimeOffset(on.ToDateTime(new TimeOnly(9, 30)), TimeSpan.FromHours(8)));

    private static void AssertUnchanged(HouseholdLedger ledger, Action action)
    {
        var before = JsonSerializer.Serialize(ledger.State);
        action();
        Assert.Equal(before, JsonSerializer.Serialize(ledger.State));
    }

    private static void CheckInvariants(HouseholdLedger ledger, LateFeePolicy policy, DateOnly today)
    {
        var live = ledger.State.Payments.Where(p => !p.Reversed).ToList();
        var allocations = live.SelectMany(p => p.Allocations).ToList();
        foreach (var payment in live)
        {
            Assert.All(payment.Allocations, a => Assert.True(a.Principal >= 0 && a.Total != 0));
            Assert.All(payment.Allocations.GroupBy(a => a.BillId), g => Assert.True(g.Sum(a => a.LateFee) >= 0, "a payment never pays a negative late fee on a bill"));
            Assert.True(payment.Allocations.Sum(a => a.Total) <= payment.Amount, "allocations never exceed the payment");
        }
        Assert.True(ledger.Prepaid >= 0);
        // Conservation: sum paid = sum allocated to bills + prepaid (+ refunded, which this ledger never does).
        Assert.Equal(live.Sum(p => p.Amount), allocations.Sum(a => a.Total) + ledger.Prepaid);

        decimal owed = 0;
        foreach (var bill in ledger.State.Bills)
        {
            var onBill = allocations.Where(a => a.BillId == bill.BillId).ToList();
            var waivers = ledger.State.Waivers.Where(w => w.BillId == bill.BillId).ToList();
            var principalPaid = onBill.Sum(a => a.Principal);
            var principalWaived = waivers.Sum(w => w.Principal);
            var lateFeePaid = onBill.Sum(a => a.LateFee);
            var lateFeeWaived = waivers.Sum(w => w.LateFee);
            var reductions = onBill.Select(a => (a.On, a.Principal)).Concat(waivers.Select(w => (w.On, w.Principal))).ToList();
            var accrued = LateFeeByDays(bill.Principal, bill.DueDate, reductions, today, policy);

            Assert.True(principalPaid + principalWaived <= bill.Principal, $"{bill.BillId}: principal paid and waived above the bill");
            Assert.True(lateFeePaid <= Math.Max(0m, accrued - lateFeeWaived),
                $"{bill.BillId}: {lateFeePaid} paid as late fee, but only {accrued} accrued and {lateFeeWaived} was waived");

            var balance = ledger.Balance(bill, today);
            var due = bill.Principal - principalPaid - principalWaived + Math.Max(0m, accrued - lateFeePaid - lateFeeWaived);
            Assert.Equal(due, balance.TotalDue);
            owed += due;
        }
        if (ledger.Prepaid > 0)
        {
            Assert.Equal(0m, owed);
        }
        var arrears = ledger.Arrears("h", today);
        Assert.Equal(arrears.Principal + arrears.LateFee, ledger.Balances(today).Where(b => b.IsOverdueOn(today)).Sum(b => b.TotalDue));
    }

    /// <summary>
    /// The late fee by its definition, one day at a time: each day from the due date plus grace until yesterday, the
    /// principal still unpaid at the end of that day (reductions dated that day or earlier) times the daily rate;
    /// capped at the principal; rounded half away from zero to the cent.
    /// </summary>
    private static decimal LateFeeByDays(decimal principal, DateOnly dueDate, List<(DateOnly On, decimal Amount)> reductions, DateOnly asOf, LateFeePolicy policy)
    {
        var sorted = reductions.OrderBy(r => r.On).ToList();
        decimal principalDays = 0, unpaid = principal;
        var next = 0;
        for (var day = dueDate.AddDays(policy.GraceDays); day < asOf; day = day.AddDays(1))
        {
            for (; next < sorted.Count && sorted[next].On <= day; next++)
            {
                unpaid -= sorted[next].Amount;
            }
            principalDays += unpaid;
        }
        var fee = Math.Min(principalDays * policy.DailyRate, principal);
        return Math.Round(fee, 2, MidpointRounding.AwayFromZero);
    }
}
