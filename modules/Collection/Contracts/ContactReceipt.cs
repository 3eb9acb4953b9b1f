namespace CollectionGrains.Collection;

/// <summary>The answer to a recorded contact: the contact as stored, and whether this call recorded it (false: recorded before).</summary>
[GenerateSerializer, Immutable, Alias("collection.ContactReceipt")]
public sealed record ContactReceipt(
    [property: Id(0)] string HouseholdId,
    [property: Id(1)] ContactRecord Contact,
    [property: Id(2)] bool AppliedNow);
