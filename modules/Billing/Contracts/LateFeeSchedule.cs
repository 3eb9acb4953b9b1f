namespace CollectionGrains.Billing;

/// <summary>
/// A project's late-fee policies over time: the first applies from the beginning, each later one from its date. A day
/// of late fee accrues at the rate in effect that day; a bill's grace days and cap are those in effect on its due date.
/// </summary>
[GenerateSerializer, Immutable, Alias("billing.LateFeeSchedule")]
public sealed record LateFeeSchedule([property: Id(0)] IReadOnlyList<LateFeePolicyVersion> Versions)
{
    public static LateFeeSchedule Always(LateFeePolicy policy) => new([new LateFeePolicyVersion(DateOnly.MinValue, policy)]);

    public LateFeePolicy At(DateOnly day) => Versions.Last(v => v.EffectiveFrom <= day).Policy;

    /// <summary>The schedule with <paramref name="policy"/> from <paramref name="from"/> on (replacing any planned from that day or later).</summary>
    public LateFeeSchedule With(LateFeePolicy policy, DateOnly from) =>
        new([.. Versions.Where(v => v.EffectiveFrom < from), new LateFeePolicyVersion(from, policy)]);

    /// <summary>
    /// Σ over the days d with <paramref name="after"/> &lt; d ≤ <paramref name="through"/> of the daily rate in effect on
    /// d (after the annual ceiling): what one yuan of principal unpaid over those days accrues.
    /// </summary>
    public decimal RateDays(DateOnly after, DateOnly through)
    {
        decimal sum = 0;
        for (var i = 0; i < Versions.Count; i++)
        {
            var lo = Math.Max(after.DayNumber, Versions[i].EffectiveFrom.DayNumber - 1);
            var hi = i + 1 < Versions.Count ? Math.Min(through.DayNumber, Versions[i + 1].EffectiveFrom.DayNumber - 1) : through.DayNumber;
            if (hi > lo)
            {
                sum += (hi - lo) * Versions[i].Policy.EffectiveDailyRate;
            }
        }
        return sum;
    }
}

/// <summary>A late-fee policy in effect from a day on.</summary>
[GenerateSerializer, Immutable, Alias("billing.LateFeePolicyVersion")]
public sealed record LateFeePolicyVersion([property: Id(0)] DateOnly EffectiveFrom, [property: Id(1)] LateFeePolicy Policy);
