namespace CollectionGrains.Billing;

/// <summary>
/// 违约金 policy of a project: a simple daily rate on overdue principal, starting after the grace days,
/// capped at the bill's principal and/or at an annual rate of <c>AnnualCeilingMultiple × ReferenceAnnualRate</c>.
/// </summary>
[GenerateSerializer, Immutable, Alias("billing.LateFeePolicy")]
public sealed record LateFeePolicy(
    [property: Id(0)] decimal DailyRate,
    [property: Id(1)] int GraceDays,
    [property: Id(2)] bool CapAtPrincipal,
    [property: Id(3)] decimal? AnnualCeilingMultiple,
    [property: Id(4)] decimal? ReferenceAnnualRate,
    [property: Id(5)] AllocationOrder Order,
    [property: Id(6)] decimal WaiverLimit = LateFeePolicy.DefaultWaiverLimit)
{
    /// <summary>减免审批限额: a waiver forgiving more than this (late fee and principal together) needs a second person's approval.</summary>
    public const decimal DefaultWaiverLimit = 500m;

    /// <summary>每日万分之五, no grace, at most the principal, late fee before principal.</summary>
    public static LateFeePolicy Standard { get; } = new(0.0005m, 0, true, null, null, AllocationOrder.LateFeeFirst);

    /// <summary>The daily rate after the annual ceiling, if any.</summary>
    public decimal EffectiveDailyRate =>
        AnnualCeilingMultiple is { } multiple && ReferenceAnnualRate is { } reference
            ? Math.Min(DailyRate, multiple * reference / 365m)
            : DailyRate;

    public string? Validate() => this switch
    {
        { DailyRate: < 0 or > 0.01m } => $"daily rate {DailyRate} must be between 0 and 0.01 (1% a day)",
        { GraceDays: < 0 or > 366 } => $"grace days {GraceDays} must be between 0 and 366",
        { AnnualCeilingMultiple: < 0 } or { ReferenceAnnualRate: < 0 } => "the annual ceiling must not be negative",
        { AnnualCeilingMultiple: not null, ReferenceAnnualRate: null } => "an annual ceiling multiple needs a reference annual rate",
        { WaiverLimit: < 0 } => "the waiver limit must not be negative",
        _ => null,
    };
}
