using CollectionGrains.Kernel;

namespace CollectionGrains.Billing.Ledger;

/// <summary>Waivers (减免): what one forgives, recording it once by its id, and what a back-dated one changes.</summary>
internal sealed partial class HouseholdLedger
{
    /// <summary>Records a waiver (减免) of a bill's late fee or of the whole bill.</summary>
    public WaiverReceipt Waive(WaiverRequest request, DateOnly today, string requestedBy = "")
    {
        if (Recorded(request) is { } existing)
        {
            return existing with { AppliedNow = false };
        }
        var (lateFee, principal) = Forgiven(request, today);
        var receipt = new WaiverReceipt(request.WaiverId, request.BillId, request.Kind, lateFee, principal,
            request.On, request.Reason.Trim(), request.Approver.Trim(), AppliedNow: true, RequestedBy: requestedBy.Length > 0 ? requestedBy : request.Approver.Trim());
        state.Waivers.Add(receipt);
        if (principal > 0 && request.On < today)
        {
            ReturnLateFeesNoLongerAccrued(today);
            ApplyPrepaid(today);
        }
        return receipt;
    }

    /// <summary>The waiver recorded under the request's id (null when none); other content under that id is a conflict.</summary>
    public WaiverReceipt? Recorded(WaiverRequest request)
    {
        var existing = state.Waivers.Find(w => w.WaiverId == request.WaiverId);
        return existing is null || (existing.BillId == request.BillId && existing.Kind == request.Kind && existing.On == request.On)
            ? existing
            : throw LedgerRejectedException.Conflict($"waiver {request.WaiverId} was recorded for {existing.BillId}; the same id cannot carry other content");
    }

    /// <summary>What a waiver would forgive if applied now (late fee, principal); throws what <see cref="Waive"/> would refuse.</summary>
    public (decimal LateFee, decimal Principal) Forgiven(WaiverRequest request, DateOnly today)
    {
        ValidateId(request.WaiverId, "waiverId");
        if (string.IsNullOrWhiteSpace(request.Reason) || string.IsNullOrWhiteSpace(request.Approver))
        {
            throw LedgerRejectedException.BadInput("a waiver needs a reason and an approver");
        }
        if (request.On > today)
        {
            throw LedgerRejectedException.BadInput($"waiver {request.WaiverId} is dated {request.On}, in the future");
        }
        var bill = state.Bills.Find(b => b.BillId == request.BillId)
            ?? throw LedgerRejectedException.NotFound($"no bill {request.BillId} on this household");
        var balance = Balance(bill, request.On);
        var (lateFee, principal) = request.Kind switch
        {
            WaiverKind.LateFee => (WaivedLateFee(request, balance), 0m),
            _ when request.Amount is not null => throw LedgerRejectedException.BadInput("a bill waiver forgives all that is due; give no amount"),
            _ => (balance.LateFeeDue, balance.PrincipalDue),
        };
        return lateFee + principal == 0
            ? throw LedgerRejectedException.BadInput($"nothing is due on {request.BillId} on {request.On} to waive")
            : (lateFee, principal);
    }

    private static decimal WaivedLateFee(WaiverRequest request, BillBalance balance)
    {
        var amount = request.Amount ?? balance.LateFeeDue;
        if (request.Amount is { } given && Money.ValidatePositive(given, "waiver amount") is { } problem)
        {
            throw LedgerRejectedException.BadInput(problem);
        }
        return amount <= balance.LateFeeDue
            ? amount
            : throw LedgerRejectedException.BadInput($"waiver of {amount} exceeds the late fee due on {request.BillId} ({balance.LateFeeDue})");
    }
}
