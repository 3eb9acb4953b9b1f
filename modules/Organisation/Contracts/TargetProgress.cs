using CollectionGrains.Kernel;

namespace CollectionGrains.Organisation;

/// <summary>
/// A target against the figures: of the month's bills, what is receivable and collected and the rate, the progress
/// (actual rate ÷ target rate) and the gap (what is still to collect to reach the target rate on today's receivable);
/// recovered since 1 January against the recovery target; the forecast; frozen once the month is closed (figures from
/// its month-end snapshot).
/// </summary>
[GenerateSerializer, Immutable, Alias("organisation.TargetProgress")]
public sealed record TargetProgress(
    [property: Id(0)] NodeTarget Target,
    [property: Id(1)] decimal Receivable,
    [property: Id(2)] decimal Collected,
    [property: Id(3)] decimal CollectionRate,
    [property: Id(4)] decimal? RateProgress,
    [property: Id(5)] decimal? CollectionGap,
    [property: Id(6)] decimal Recovered,
    [property: Id(7)] decimal? RecoveryProgress,
    [property: Id(8)] decimal? RecoveryGap,
    [property: Id(9)] TargetForecast? Forecast,
    [property: Id(10)] bool Frozen)
{
    /// <summary>The target against the figures of its month: live this month, the month-end snapshot once closed, nothing yet for a later month.</summary>
    public static TargetProgress Of(NodeTarget target, Totals figures, bool frozen, CollectionPace? pace)
    {
        var rate = figures.ReceivablePeriod == 0 ? 0m : Math.Round(figures.CollectedPeriod / figures.ReceivablePeriod, 4);
        var forecast = !frozen && pace?.ShareByDay is > 0m and var share && figures.ReceivablePeriod > 0
            ? ForecastOf(target, figures, share, pace.Basis)
            : null;
        return new TargetProgress(target, figures.ReceivablePeriod, figures.CollectedPeriod, rate,
            target.CollectionRate is { } goal ? Math.Round(rate / goal, 4) : null,
            target.CollectionRate is { } wanted ? Math.Max(0m, Money.ToCents(wanted * figures.ReceivablePeriod - figures.CollectedPeriod)) : null,
            figures.Recovered,
            target.RecoveryAmount is > 0m and var amount ? Math.Round(figures.Recovered / amount, 4) : null,
            target.RecoveryAmount is { } recover ? Math.Max(0m, recover - figures.Recovered) : null,
            forecast, frozen);
    }

    private static TargetForecast ForecastOf(NodeTarget target, Totals figures, decimal share, string basis)
    {
        var collected = Money.ToCents(Math.Min(figures.ReceivablePeriod, figures.CollectedPeriod / share));
        var rate = Math.Round(collected / figures.ReceivablePeriod, 4);
        return new TargetForecast(rate, collected, share, target.CollectionRate is { } goal && rate < goal,
            $"collected so far ÷ {share.ToString("P1", System.Globalization.CultureInfo.InvariantCulture)}, the share a month's collection had reached by this day ({basis})");
    }
}
