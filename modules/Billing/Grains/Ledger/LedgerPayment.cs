using System.Text.Json.Serialization;
namespace CollectionGrains.Billing.Ledger;

/// <summary>A recorded payment with its allocations; its unallocated rest is prepaid balance (预缴).</summary>
internal sealed class LedgerPayment
{
    public required string PaymentId { get; init; }

    public required decimal Amount { get; init; }

    public required PaymentChannel Channel { get; init; }

    public required DateTimeOffset PaidAt { get; init; }

    /// <summary>
    /// What it settled, in order; an array of the exact length (a list's object and spare room cost a resident household
    /// about a hundred bytes a payment), replaced whole when allocations are added.
    /// </summary>
    public PaymentAllocation[] Allocations { get; set; } = [];

    public bool Reversed { get; set; }

    public string? ReversalReason { get; set; }

    public decimal PrepaidAfter { get; set; }

    public decimal ArrearsAfter { get; set; }

    [JsonIgnore]
    public decimal Unallocated => Reversed ? 0m : Amount - Allocations.Sum(a => a.Total);

    public bool SameContentAs(PaymentRequest request) =>
        Amount == request.Amount && Channel == request.Channel && PaidAt == request.PaidAt;
}
