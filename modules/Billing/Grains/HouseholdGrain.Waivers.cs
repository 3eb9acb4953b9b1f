using CollectionGrains.Billing.Journal;
using CollectionGrains.Billing.Ledger;

namespace CollectionGrains.Billing;

/// <summary>Waivers: within the project's limit applied for whoever asks; above it kept until a second person approves.</summary>
internal sealed partial class HouseholdGrain
{
    public async Task<WaiverReceipt> WaiveAsync(WaiverRequest waiver)
    {
        RequireProfile();
        var ledger = Ledger;
        if (ledger.Recorded(waiver) is { } recorded)
        {
            return recorded with { AppliedNow = false };
        }
        if (state.State.PendingWaivers.Find(w => w.WaiverId == waiver.WaiverId) is { } pending)
        {
            return pending == waiver
                ? WaiverApproval.Pending(pending, ledger.Forgiven(pending, Today))
                : throw LedgerRejectedException.Conflict($"waiver {waiver.WaiverId} awaits approval with other content");
        }
        var forgiven = ledger.Forgiven(waiver, Today);
        if (WaiverApproval.NeedsSecondPerson(forgiven, _schedule.At(Today)))
        {
            state.State.PendingWaivers.Add(waiver);
            await CommitAsync([]);
            return WaiverApproval.Pending(waiver, forgiven);
        }
        return await ApplyWaiverAsync(waiver, waiver.Approver);
    }

    public async Task<WaiverReceipt> ApproveWaiverAsync(string waiverId, string approver)
    {
        RequireProfile();
        if (state.State.Ledger.Waivers.Find(w => w.WaiverId == waiverId) is { } recorded)
        {
            return recorded with { AppliedNow = false };
        }
        var pending = state.State.PendingWaivers.Find(w => w.WaiverId == waiverId)
            ?? throw LedgerRejectedException.NotFound($"no waiver {waiverId} awaits approval on this household");
        if (WaiverApproval.Problem(pending, approver) is { } problem)
        {
            throw LedgerRejectedException.BadInput(problem);
        }
        state.State.PendingWaivers.Remove(pending);
        try
        {
            return await ApplyWaiverAsync(pending with { Approver = approver }, pending.Approver);
        }
        catch (LedgerRejectedException)
        {
            state.State.PendingWaivers.Add(pending);
            throw;
        }
    }

    private async Task<WaiverReceipt> ApplyWaiverAsync(WaiverRequest waiver, string requestedBy)
    {
        var before = AllocationCounts();
        var receipt = Ledger.Waive(waiver, Today, requestedBy);
        await CommitAsync([new JournalItem(JournalKind.Waiver, receipt.WaiverId), .. AllocationChangesSince(before)]);
        return receipt;
    }
}
