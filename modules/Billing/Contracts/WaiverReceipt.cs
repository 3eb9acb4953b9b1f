namespace CollectionGrains.Billing;

/// <summary>
/// A waiver: how much late fee and principal it forgave (or, awaiting approval, would forgive now), who asked for it
/// and who approved it. Above the project's limit the approver is a second person; within it, whoever asked.
/// </summary>
[GenerateSerializer, Immutable, Alias("billing.WaiverReceipt")]
public sealed record WaiverReceipt(
    [property: Id(0)] string WaiverId,
    [property: Id(1)] string BillId,
    [property: Id(2)] WaiverKind Kind,
    [property: Id(3)] decimal LateFee,
    [property: Id(4)] decimal Principal,
    [property: Id(5)] DateOnly On,
    [property: Id(6)] string Reason,
    [property: Id(7)] string Approver,
    [property: Id(8)] bool AppliedNow,
    [property: Id(9)] string RequestedBy = "",
    [property: Id(10)] bool AwaitingApproval = false);
