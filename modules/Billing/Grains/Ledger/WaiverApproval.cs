namespace CollectionGrains.Billing.Ledger;

/// <summary>
/// 减免审批: a waiver that forgives more than the project's limit is not applied by whoever asks for it; it waits for a
/// second person (anyone else allowed to waive in that scope), who applies it as of its own day.
/// </summary>
internal static class WaiverApproval
{
    public static bool NeedsSecondPerson((decimal LateFee, decimal Principal) forgiven, LateFeePolicy policy) =>
        forgiven.LateFee + forgiven.Principal > policy.WaiverLimit;

    /// <summary>Why <paramref name="approver"/> cannot approve the waiver, or null.</summary>
    public static string? Problem(WaiverRequest pending, string approver) =>
        string.IsNullOrWhiteSpace(approver) ? "an approval needs the approver"
        : string.Equals(approver.Trim(), pending.Approver.Trim(), StringComparison.Ordinal)
            ? $"waiver {pending.WaiverId} was asked for by {pending.Approver}; a second person must approve it"
            : null;

    /// <summary>The receipt of a waiting waiver: what it would forgive now, who asked, no approver yet.</summary>
    public static WaiverReceipt Pending(WaiverRequest request, (decimal LateFee, decimal Principal) forgiven) =>
        new(request.WaiverId, request.BillId, request.Kind, forgiven.LateFee, forgiven.Principal, request.On, request.Reason.Trim(),
            Approver: "", AppliedNow: false, RequestedBy: request.Approver.Trim(), AwaitingApproval: true);
}
