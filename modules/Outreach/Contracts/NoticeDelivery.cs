namespace CollectionGrains.Outreach;

/// <summary>
/// 送达: proof that a notice reached the owner — the day, how (挂号信, EMS, 当面签收, 张贴, 电子送达) and the proof
/// (a tracking number, who signed). A delivered demand restarts the limitation clock of the bills due before it.
/// </summary>
[GenerateSerializer, Immutable, Alias("outreach.NoticeDelivery")]
public sealed record NoticeDelivery(
    [property: Id(0)] DateOnly DeliveredOn,
    [property: Id(1)] string Method,
    [property: Id(2)] string Proof,
    [property: Id(3)] string RecordedBy,
    [property: Id(4)] DateTimeOffset RecordedAt);
