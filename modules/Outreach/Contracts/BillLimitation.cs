namespace CollectionGrains.Outreach;

/// <summary>诉讼时效 of one unpaid bill: three years from its due date, or from the last demand or acknowledgement after it.</summary>
[GenerateSerializer, Immutable, Alias("outreach.BillLimitation")]
public sealed record BillLimitation(
    [property: Id(0)] string BillId,
    [property: Id(1)] DateOnly DueDate,
    [property: Id(2)] DateOnly? LastInterruption,
    [property: Id(3)] DateOnly ExpiresOn);
