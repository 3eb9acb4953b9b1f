namespace CollectionGrains.Billing;

/// <summary>A recorded waiver: how much late fee and principal it forgave.</summary>
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
    [property: Id(8)] bool AppliedNow);
