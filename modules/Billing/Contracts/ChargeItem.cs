namespace CollectionGrains.Billing;

/// <summary>
/// 收费方案 of one charge item in a project: basis, cycle, due day, optional vacant-unit rate (0.7 = 70% for 空置房)
/// and its prices over time.
/// </summary>
[GenerateSerializer, Immutable, Alias("billing.ChargeItem")]
public sealed record ChargeItem(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] ChargeBasis Basis,
    [property: Id(3)] BillingCycle Cycle,
    [property: Id(4)] int DueDay,
    [property: Id(5)] decimal? VacantRate,
    [property: Id(6)] IReadOnlyList<PriceVersion> Prices);
