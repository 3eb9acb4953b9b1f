namespace CollectionGrains.Outreach;

/// <summary>A merchant order as stored; <see cref="TransactionId"/> is set once, by the notification that paid it.</summary>
[GenerateSerializer, Alias("outreach.PaymentOrderState")]
public sealed class PaymentOrderState
{
    [Id(0)] public string? HouseholdId { get; set; }

    [Id(1)] public decimal Amount { get; set; }

    [Id(2)] public DateTimeOffset CreatedAt { get; set; }

    [Id(3)] public string? TransactionId { get; set; }

    [Id(4)] public DateTimeOffset? PaidAt { get; set; }
}
