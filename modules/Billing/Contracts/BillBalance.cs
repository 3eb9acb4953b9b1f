using CollectionGrains.Kernel;

namespace CollectionGrains.Billing;

/// <summary>One bill and where it stands on a given day.</summary>
[GenerateSerializer, Immutable, Alias("billing.BillBalance")]
public sealed record BillBalance(
    [property: Id(0)] string BillId,
    [property: Id(1)] string ItemCode,
    [property: Id(2)] string ItemName,
    [property: Id(3)] Period Period,
    [property: Id(4)] DateOnly DueDate,
    [property: Id(5)] decimal Principal,
    [property: Id(6)] decimal PrincipalPaid,
    [property: Id(7)] decimal PrincipalWaived,
    [property: Id(8)] decimal LateFeeAccrued,
    [property: Id(9)] decimal LateFeePaid,
    [property: Id(10)] decimal LateFeeWaived)
{
    public decimal PrincipalDue => Principal - PrincipalPaid - PrincipalWaived;

    public decimal LateFeeDue => Math.Max(0m, LateFeeAccrued - LateFeePaid - LateFeeWaived);

    public decimal TotalDue => PrincipalDue + LateFeeDue;

    public bool IsOverdueOn(DateOnly day) => day > DueDate;
}
