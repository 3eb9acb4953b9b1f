using CollectionGrains.Kernel;

namespace CollectionGrains.Billing.Ledger;

/// <summary>
/// The rules of one household's money: bills issued once, payments allocated oldest bill first (late fee before
/// principal, or the other way by policy), the rest kept as prepaid balance and applied to later bills, reversals that
/// undo a payment's allocations, waivers with reason and approver. No clock: every operation is told the day.
/// A refused operation throws <see cref="LedgerRejectedException"/> before changing anything.
/// </summary>
internal sealed partial class HouseholdLedger(LedgerState state, LateFeeSchedule schedule)
{
    private const int MaxIdLength = 100;

    /// <summary>A ledger under one policy for all time (rules tests, and projects that never changed theirs).</summary>
    public HouseholdLedger(LedgerState state, LateFeePolicy policy) : this(state, LateFeeSchedule.Always(policy))
    {
    }

    public LedgerState State => state;

    public decimal Prepaid => state.Payments.Sum(p => p.Unallocated);

    /// <summary>Issues a bill unless it was issued before (same id, same content); true when it is new.</summary>
    public bool Issue(BillDraft draft, DateOnly today)
    {
        if (!CheckIssue(draft))
        {
            return false;
        }
        state.Bills.Add(new LedgerBill(draft.BillId, draft.ItemCode, draft.ItemName, draft.Period, draft.DueDate, draft.Amount, today));
        ApplyPrepaid(today);
        return true;
    }

    /// <summary>Sorts bills into new ones, ones already issued (same content) and ones <see cref="Issue"/> would refuse.</summary>
    public (List<BillDraft> New, int AlreadyIssued, List<LedgerRejectedException> Refused) Triage(IEnumerable<BillDraft> drafts)
    {
        var fresh = new List<BillDraft>();
        var already = 0;
        var refused = new List<LedgerRejectedException>();
        foreach (var draft in drafts)
        {
            try
            {
                if (CheckIssue(draft))
                {
                    fresh.Add(draft);
                }
                else
                {
                    already++;
                }
            }
            catch (LedgerRejectedException e)
            {
                refused.Add(e);
            }
        }
        return (fresh, already, refused);
    }

    /// <summary>Whether <see cref="Issue"/> would add the bill (true) or find it issued (false); throws what Issue would.</summary>
    public bool CheckIssue(BillDraft draft)
    {
        if (string.IsNullOrWhiteSpace(draft.ItemCode) || draft.ItemCode.Contains(':', StringComparison.Ordinal))
        {
            throw LedgerRejectedException.BadInput($"charge item code '{draft.ItemCode}' must be non-empty and without ':'");
        }
        if (draft.Amount < 0 || !Money.IsWholeCents(draft.Amount))
        {
            throw LedgerRejectedException.BadInput($"bill {draft.BillId}: amount {draft.Amount} must be zero or more, in whole cents");
        }
        var existing = state.Bills.Find(b => b.BillId == draft.BillId);
        if (existing is not null)
        {
            return existing.Principal == draft.Amount && existing.DueDate == draft.DueDate
                ? false
                : throw LedgerRejectedException.Conflict(
                    $"bill {draft.BillId} was issued with {existing.Principal} due {existing.DueDate}; it cannot be issued again with {draft.Amount} due {draft.DueDate}");
        }
        return true;
    }

    /// <summary>
    /// Applies a payment, or returns the one recorded under the same id (AppliedNow false). The payment is dated by the
    /// business calendar whatever offset it arrives with, and must fall between the day the household could first owe
    /// anything (<paramref name="movedIn"/> or its first bill's month) and today.
    /// </summary>
    public (LedgerPayment Payment, bool AppliedNow) Pay(PaymentRequest request, DateOnly today, DateOnly? movedIn = null)
    {
        ValidateId(request.PaymentId, "paymentId");
        if (Money.ValidatePositive(request.Amount, "payment amount") is { } problem)
        {
            throw LedgerRejectedException.BadInput(problem);
        }
        var paidOn = BusinessCalendar.DateOf(request.PaidAt);
        if (paidOn > today)
        {
            throw LedgerRejectedException.BadInput($"payment {request.PaymentId} is dated {paidOn}, in the future (today is {today})");
        }
        if (EarliestPaymentDay(movedIn, today) is var earliest && paidOn < earliest)
        {
            throw LedgerRejectedException.BadInput(
                $"payment {request.PaymentId} is dated {paidOn}, before this household could owe anything (not before {earliest})");
        }
        var existing = state.Payments.Find(p => p.PaymentId == request.PaymentId);
        if (existing is not null)
        {
            return existing.SameContentAs(request)
                ? (existing, false)
                : throw LedgerRejectedException.Conflict(
                    $"payment {request.PaymentId} was recorded with {existing.Amount} by {existing.Channel} at {existing.PaidAt:O}; the same id cannot carry other content");
        }

        var payment = new LedgerPayment
        {
            PaymentId = request.PaymentId,
            Amount = request.Amount,
            Channel = request.Channel,
            PaidAt = request.PaidAt,
            Allocations = [.. Allocate(request.Amount, paidOn)],
        };
        state.Payments.Add(payment);
        // A back-dated payment settles what was due on its day; what accrued since then is due today.
        if (paidOn < today)
        {
            ReturnLateFeesNoLongerAccrued(today);
        }
        ApplyPrepaid(today);
        payment.PrepaidAfter = Prepaid;
        payment.ArrearsAfter = ArrearsTotal(today);
        return (payment, true);
    }

    /// <summary>Reverses a payment (a bounced withholding): its allocations no longer count and its arrears return.</summary>
    public (LedgerPayment Payment, bool AppliedNow) Reverse(string paymentId, string reason, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw LedgerRejectedException.BadInput("a reversal needs a reason");
        }
        var payment = state.Payments.Find(p => p.PaymentId == paymentId)
            ?? throw LedgerRejectedException.NotFound($"no payment {paymentId} on this household");
        if (payment.Reversed)
        {
            return (payment, false);
        }
        payment.Reversed = true;
        payment.ReversalReason = reason.Trim();
        ApplyPrepaid(today);
        payment.PrepaidAfter = Prepaid;
        payment.ArrearsAfter = ArrearsTotal(today);
        return (payment, true);
    }

    /// <summary>
    /// A bill on a day. Paid and waived amounts count every allocation and waiver recorded (a back-dated payment must
    /// never pay again what a later-dated one already paid); only the late fee depends on the day and on when principal
    /// was paid.
    /// </summary>
    public BillBalance Balance(LedgerBill bill, DateOnly asOf) => Balance(bill, asOf, Allocations()[bill.BillId], state.Waivers.Where(w => w.BillId == bill.BillId));

    /// <summary>
    /// Every bill's balance, oldest due first. Each bill's allocations and waivers are gathered in one pass over the
    /// ledger, not one pass per bill: a household of years has hundreds of each.
    /// </summary>
    public IReadOnlyList<BillBalance> Balances(DateOnly asOf)
    {
        var allocations = Allocations();
        var waivers = state.Waivers.ToLookup(w => w.BillId, StringComparer.Ordinal);
        return state.Bills.OrderBy(b => b.DueDate).ThenBy(b => b.BillId, StringComparer.Ordinal)
            .Select(b => Balance(b, asOf, allocations[b.BillId], waivers[b.BillId])).ToList();
    }

    /// <summary>The allocations of payments not reversed, by bill, in the order they were made.</summary>
    private ILookup<string, PaymentAllocation> Allocations() =>
        state.Payments.Where(p => !p.Reversed).SelectMany(p => p.Allocations).ToLookup(a => a.BillId, StringComparer.Ordinal);

    private BillBalance Balance(LedgerBill bill, DateOnly asOf, IEnumerable<PaymentAllocation> billAllocations, IEnumerable<WaiverReceipt> billWaivers)
    {
        var (allocations, waivers) = (billAllocations.ToList(), billWaivers.ToList());
        var reductions = allocations.Select(a => (a.On, a.Principal)).Concat(waivers.Select(w => (w.On, w.Principal)));
        return new BillBalance(bill.BillId, bill.ItemCode, bill.ItemName, bill.Period, bill.DueDate, bill.Principal,
            allocations.Sum(a => a.Principal), waivers.Sum(w => w.Principal),
            LateFeeCalculator.Accrued(bill.Principal, bill.DueDate, reductions, asOf, schedule),
            allocations.Sum(a => a.LateFee), waivers.Sum(w => w.LateFee));
    }

    public ArrearsStatement Arrears(string householdId, DateOnly asOf)
    {
        var overdue = Balances(asOf).Where(b => b.IsOverdueOn(asOf) && b.TotalDue > 0).ToList();
        DateOnly? oldest = overdue.Count == 0 ? null : overdue.Min(b => b.DueDate);
        var age = oldest is { } due ? asOf.DayNumber - due.DayNumber : 0;
        return new ArrearsStatement(householdId, asOf, overdue,
            overdue.Sum(b => b.PrincipalDue), overdue.Sum(b => b.LateFeeDue),
            oldest, age, oldest is null ? null : AgeBuckets.Of(age), Prepaid);
    }

    private decimal ArrearsTotal(DateOnly asOf) => Arrears(string.Empty, asOf).Total;

    /// <summary>Settles open bills from the money on hand, oldest bill first; returns what went where.</summary>
    private List<PaymentAllocation> Allocate(decimal funds, DateOnly on)
    {
        var allocations = new List<PaymentAllocation>();
        var order = schedule.At(on).Order;
        foreach (var balance in Balances(on))
        {
            if (funds == 0)
            {
                break;
            }
            var (first, second) = order == AllocationOrder.LateFeeFirst
                ? (balance.LateFeeDue, balance.PrincipalDue)
                : (balance.PrincipalDue, balance.LateFeeDue);
            var toFirst = Math.Min(funds, first);
            var toSecond = Math.Min(funds - toFirst, second);
            if (toFirst + toSecond == 0)
            {
                continue;
            }
            funds -= toFirst + toSecond;
            allocations.Add(order == AllocationOrder.LateFeeFirst
                ? new PaymentAllocation(balance.BillId, toFirst, toSecond, on)
                : new PaymentAllocation(balance.BillId, toSecond, toFirst, on));
        }
        return allocations;
    }

    /// <summary>
    /// A principal reduction dated in the past (a back-dated payment or waiver) lowers what a bill's late fee accrued,
    /// possibly below the late fee already paid. The difference goes back to the payments that paid it, latest first,
    /// as a negative late-fee allocation dated today (allocations are only appended), so it becomes prepaid balance
    /// and settles what is still open: every cent paid stays on a bill or in prepaid.
    /// </summary>
    private void ReturnLateFeesNoLongerAccrued(DateOnly today)
    {
        foreach (var balance in Balances(today))
        {
            var excess = balance.LateFeePaid - Math.Max(0m, balance.LateFeeAccrued - balance.LateFeeWaived);
            for (var i = state.Payments.Count - 1; excess > 0 && i >= 0; i--)
            {
                var payment = state.Payments[i];
                var paid = payment.Reversed ? 0m : payment.Allocations.Where(a => a.BillId == balance.BillId).Sum(a => a.LateFee);
                var returned = Math.Min(paid, excess);
                if (returned > 0)
                {
                    payment.Allocations = [.. payment.Allocations, new PaymentAllocation(balance.BillId, -returned, 0m, today)];
                    excess -= returned;
                }
            }
        }
    }

    /// <summary>The first day a payment may carry: move-in or the first bill's month, whichever is earlier; without either, a month back.</summary>
    private DateOnly EarliestPaymentDay(DateOnly? movedIn, DateOnly today)
    {
        DateOnly? firstBill = state.Bills.Count == 0 ? null : state.Bills.Min(b => b.Period.FirstDay);
        return (movedIn, firstBill) switch
        {
            ({ } m, { } b) => m < b ? m : b,
            ({ } m, null) => m,
            (null, { } b) => b,
            _ => today.AddMonths(-1),
        };
    }

    /// <summary>Applies prepaid balance to open bills, from the earliest payment that has money left.</summary>
    private void ApplyPrepaid(DateOnly today)
    {
        foreach (var payment in state.Payments.Where(p => p.Unallocated > 0))
        {
            payment.Allocations = [.. payment.Allocations, .. Allocate(payment.Unallocated, today)];
        }
    }

    private static void ValidateId(string id, string name)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > MaxIdLength)
        {
            throw LedgerRejectedException.BadInput($"{name} must be 1 to {MaxIdLength} characters");
        }
    }
}
