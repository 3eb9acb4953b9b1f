using System.Text.Json.Serialization;
namespace CollectionGrains.Billing;

/// <summary>What part of a payment settled which bill, and on which day.</summary>
[GenerateSerializer, Immutable, Alias("billing.PaymentAllocation")]
public sealed record PaymentAllocation(
    string BillId,
    [property: Id(1)] decimal LateFee,
    [property: Id(2)] decimal Principal,
    [property: Id(3)] DateOnly On)
{
    /// <summary>The bill's id, held once for every household billed alike (<see cref="Kernel.SharedStrings"/>).</summary>
    [Id(0)]
    public string BillId { get; init; } = Kernel.SharedStrings.Of(BillId);

    [JsonIgnore]
    public decimal Total => LateFee + Principal;
}
