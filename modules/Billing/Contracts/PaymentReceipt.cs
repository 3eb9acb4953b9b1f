namespace CollectionGrains.Billing;

/// <summary>
/// The acknowledgement of a payment, given only after the household's state is written.
/// <see cref="AppliedNow"/> is false when the same payment id had been applied before: the first result is returned.
/// </summary>
[GenerateSerializer, Immutable, Alias("billing.PaymentReceipt")]
public sealed record PaymentReceipt(
    [property: Id(0)] string PaymentId,
    [property: Id(1)] string HouseholdId,
    [property: Id(2)] decimal Amount,
    [property: Id(3)] bool AppliedNow,
    [property: Id(4)] bool Reversed,
    [property: Id(5)] IReadOnlyList<PaymentAllocation> Allocations,
    [property: Id(6)] decimal PrepaidAfter,
    [property: Id(7)] decimal ArrearsAfter,
    [property: Id(8)] PaymentChannel Channel,
    [property: Id(9)] DateTimeOffset PaidAt);
