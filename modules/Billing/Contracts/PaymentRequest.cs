namespace CollectionGrains.Billing;

/// <summary>A payment as the client sends it. <see cref="PaymentId"/> makes it idempotent.</summary>
[GenerateSerializer, Immutable, Alias("billing.PaymentRequest")]
public sealed record PaymentRequest(
    [property: Id(0)] string PaymentId,
    [property: Id(1)] decimal Amount,
    [property: Id(2)] PaymentChannel Channel,
    [property: Id(3)] DateTimeOffset PaidAt);
