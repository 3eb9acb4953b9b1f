using System.Text.Json.Serialization;
namespace CollectionGrains.Billing;

/// <summary>What part of a payment settled which bill, and on which day.</summary>
[GenerateSerializer, Immutable, Alias("billing.PaymentAllocation")]
public sealed record PaymentAllocation(
    [property: Id(0)] string BillId,
    [property: Id(1)] decimal LateFee,
    [property: Id(2)] decimal Principal,
    [property: Id(3)] DateOnly On)
{
    [JsonIgnore]
    public decimal Total => LateFee + Principal;
}
