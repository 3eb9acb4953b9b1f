namespace CollectionGrains.Outreach;

/// <summary>
/// What the merchant answers a provider's notification: accepted (the provider stops resending) or refused with a reason
/// (a bad signature, an unknown order, an amount that is not the order's); a refusal changes nothing.
/// </summary>
[GenerateSerializer, Immutable, Alias("outreach.NotificationOutcome")]
public sealed record NotificationOutcome(
    [property: Id(0)] bool Accepted,
    [property: Id(1)] string Message);
