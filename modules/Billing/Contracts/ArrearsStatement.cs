namespace CollectionGrains.Billing;

/// <summary>
/// 欠费: a household's arrears on a day — overdue principal and late fee per bill, the totals, the age of the
/// oldest unpaid overdue bill and its bucket, and the prepaid balance.
/// </summary>
[GenerateSerializer, Immutable, Alias("billing.ArrearsStatement")]
public sealed record ArrearsStatement(
    [property: Id(0)] string HouseholdId,
    [property: Id(1)] DateOnly AsOf,
    [property: Id(2)] IReadOnlyList<BillBalance> OverdueBills,
    [property: Id(3)] decimal Principal,
    [property: Id(4)] decimal LateFee,
    [property: Id(5)] DateOnly? OldestDueDate,
    [property: Id(6)] int AgeDays,
    [property: Id(7)] AgeBucket? Bucket,
    [property: Id(8)] decimal Prepaid)
{
    public decimal Total => Principal + LateFee;

    public bool InArrears => Total > 0;
}
