using System.Text.Json;
using CollectionGrains.Billing;
using CollectionGrains.Billing.Ledger;
using CollectionGrains.Kernel;
using CsCheck;

namespace CollectionGrains.Tests.Billing;

/// <summary>
/// Random streams of bills, payments, duplicates, conflicting duplicates, reversals, waivers and the passing of days;
/// the ledger's invariants are checked after every operation.
/// </summary>
public sealed class HouseholdLedgerPropertyTests
{
    private sealed record Step(int Kind, int DaysLater, int Cents, int Pick, bool PrincipalFirst);

    private static readonly Gen<Step> StepGen =
        Gen.Select(Gen.Int[0, 7], Gen.Int[0, 45], Gen.Int[1, 400_000], Gen.Int[0, 10_000], Gen.Bool)
            .Select(t => new Step(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5));

    [Fact]
    public void Invariants_hold_after_every_operation_of_any_sequence() =>
        StepGen.Array[1, 60].Sample(Run, iter: 1000);

    private static void Run(Step[] steps)
    {
        var ledger = new HouseholdLedger(new LedgerState(),
            LateFeePolicy.Standard with { Order = steps[0].PrincipalFirst ? AllocationOrder.PrincipalFirst : AllocationOrder.LateFeeFirst });
        var today = new DateOnly(2025, 1, 1);
        var period = Period.Of(today).AddMonths(-6);
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
                    var paidOn = today.AddDays(-(step.Pick % 5));
                    ledger.Pay(NewPayment($"p{++paymentCount}", amount, paidOn), today);
                    break;
                case 4 when ledger.State.Payments.Count > 0:
                    var existing = ledger.State.Payments[step.Pick % ledger.State.Payments.Count];
                    AssertUnchanged(ledger, () =>
                    {
                        Assert.False(ledger.Pay(new PaymentRequest(existing.PaymentId, existing.Amount, existing.Channel, existing.PaidAt), today).AppliedNow);
                        Assert.Throws<LedgerRejectedException>(() =>
                            ledger.Pay(new PaymentRequest(existing.PaymentId, existing.Amount + 0.01m, existing.Channel, existing.PaidAt), today));
                    });
                    break;
                case 5 when ledger.State.Payments.Count > 0:
                    ledger.Reverse(ledger.State.Payments[step.Pick % ledger.State.Payments.Count].PaymentId, "bounced", today);
                    break;
                case 6 when ledger.State.Bills.Count > 0:
                    var bill = ledger.Balance(ledger.State.Bills[step.Pick % ledger.State.Bills.Count], today);
                    var kind = step.Pick % 2 == 0 ? WaiverKind.LateFee : WaiverKind.Bill;
                    if ((kind == WaiverKind.LateFee ? bill.LateFeeDue : bill.TotalDue) > 0)
                    {
                        ledger.Waive(new WaiverRequest($"w{++waiverCount}", bill.BillId, kind, null, today, "hardship", "manager"), today);
                    }
                    break;
                case 7:
                    // Paid, then reversed the same day: as if it never happened.
                    var before = ledger.Arrears("h", today);
                    var id = $"p{++paymentCount}";
                    ledger.Pay(NewPayment(id, amount, today), today);
                    ledger.Reverse(id, "bounced", today);
                    var after = ledger.Arrears("h", today);
                    Assert.Equal(before.Total, after.Total);
                    Assert.Equal(before.Prepaid, after.Prepaid);
                    break;
            }
            CheckInvariants(ledger, today);
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

    private static void CheckInvariants(HouseholdLedger ledger, DateOnly today)
    {
        var live = ledger.State.Payments.Where(p => !p.Reversed).ToList();
        foreach (var payment in live)
        {
            Assert.All(payment.Allocations, a => Assert.True(a.LateFee >= 0 && a.Principal >= 0 && a.Total > 0));
            Assert.True(payment.Allocations.Sum(a => a.Total) <= payment.Amount, "allocations never exceed the payment");
        }
        Assert.True(ledger.Prepaid >= 0);
        Assert.Equal(live.Sum(p => p.Amount), live.SelectMany(p => p.Allocations).Sum(a => a.Total) + ledger.Prepaid);

        var balances = ledger.Balances(today);
        foreach (var balance in balances)
        {
            Assert.True(balance.PrincipalDue >= 0 && balance.LateFeeDue >= 0 && balance.LateFeeAccrued >= 0);
            Assert.True(balance.PrincipalPaid + balance.PrincipalWaived <= balance.Principal);
            Assert.Equal(balance.LateFeeDue, Money.ToCents(balance.LateFeeDue));
        }

        // arrears = bills + late fees − payments − waivers (a reversed payment no longer counts)
        var charged = balances.Sum(b => b.Principal + Math.Max(b.LateFeeAccrued, b.LateFeePaid + b.LateFeeWaived));
        var paid = live.SelectMany(p => p.Allocations).Where(a => a.On <= today).Sum(a => a.Total);
        var waived = ledger.State.Waivers.Sum(w => w.LateFee + w.Principal);
        Assert.Equal(charged - paid - waived, balances.Sum(b => b.TotalDue));

        var arrears = ledger.Arrears("h", today);
        Assert.Equal(arrears.Principal + arrears.LateFee, balances.Where(b => b.IsOverdueOn(today)).Sum(b => b.TotalDue));
        if (ledger.Prepaid > 0)
        {
            Assert.All(balances, b => Assert.Equal(0m, b.TotalDue));
        }
    }
}
