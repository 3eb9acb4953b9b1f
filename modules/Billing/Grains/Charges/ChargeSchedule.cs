using CollectionGrains.Kernel;

namespace CollectionGrains.Billing.Charges;

/// <summary>
/// A project's charge items over time. Each stored <see cref="ChargeItem"/> is one version of its code, in effect from
/// its first price's date; a period is billed by the latest version of each code in effect on the period's first day
/// (the earliest when none is yet, so the bill run says no price was in effect).
/// </summary>
internal static class ChargeSchedule
{
    public static DateOnly EffectiveFrom(ChargeItem version) => version.Prices.Min(p => p.EffectiveFrom);

    public static IEnumerable<ChargeItem> InEffect(IEnumerable<ChargeItem> versions, Period period) =>
        versions.GroupBy(v => v.Code).Select(code =>
            code.Where(v => EffectiveFrom(v) <= period.FirstDay).MaxBy(EffectiveFrom) ?? code.MinBy(EffectiveFrom)!);

    /// <summary>
    /// The versions after new terms of some items take effect on <paramref name="from"/>: each item's versions from that
    /// day on are replaced by the new one (a re-edit of a planned change replaces it), earlier ones stay.
    /// </summary>
    public static List<ChargeItem> With(IEnumerable<ChargeItem> versions, IReadOnlyCollection<ChargeItem> changed, DateOnly from)
    {
        var codes = changed.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        return [.. versions.Where(v => !codes.Contains(v.Code) || EffectiveFrom(v) < from)
            .Concat(changed.Select(i => i with { Prices = [new PriceVersion(from, i.Prices.Single().UnitPrice)] }))
            .OrderBy(v => v.Code, StringComparer.Ordinal).ThenBy(EffectiveFrom)];
    }

    /// <summary>Whether <paramref name="item"/> from <paramref name="from"/> is exactly a version held already (setting it again changes nothing).</summary>
    public static bool Holds(IEnumerable<ChargeItem> versions, ChargeItem item, DateOnly from) =>
        versions.Any(v => v.Code == item.Code && v.Name == item.Name && v.Basis == item.Basis && v.Cycle == item.Cycle
            && v.DueDay == item.DueDay && v.VacantRate == item.VacantRate
            && v.Prices.Count == 1 && v.Prices[0] == new PriceVersion(from, item.Prices.Single().UnitPrice));
}
