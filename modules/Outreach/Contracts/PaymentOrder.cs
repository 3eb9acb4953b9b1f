namespace CollectionGrains.Outreach;

/// <summary>
/// 商户订单: what the owner is about to pay through the provider, made when they press pay. <see cref="CashierUrl"/> is the
/// provider's page where they confirm; the money is recorded only when the provider's signed notification arrives.
/// </summary>
[GenerateSerializer, Immutable, Alias("outreach.PaymentOrder")]
public sealed record PaymentOrder(
    [property: Id(0)] string OrderId,
    [property: Id(1)] string HouseholdId,
    [property: Id(2)] decimal Amount,
    [property: Id(3)] string CashierUrl,
    [property: Id(4)] string? TransactionId);
