using CollectionGrains.Kernel;
using CollectionGrains.Organisation;

namespace CollectionGrains.Collection;

/// <summary>
/// A collector's share of the project's target (催收目标 down to collectors): the project's amounts split among its
/// collectors, and the buildings nobody holds, in proportion to the receivable (for collection) and the opening arrears
/// (for recovery) of the buildings each holds — to the cent, so the shares add up to the project's target — against the
/// figures of those buildings (their month-end snapshots once the month is closed). Households held apart from their
/// building count with the building.
/// </summary>
internal sealed partial class CollectionProjectGrain
{
    public async Task<TargetProgress?> GetCollectorTargetAsync(string username, Period period)
    {
        if (await GrainFactory.GetGrain<IOrgNodeGrain>(ProjectId).GetTargetAsync(period) is not { } project)
        {
            return null;
        }
        var zones = await GrainFactory.GetGrain<IOrgNodeGrain>(ProjectId).GetChildrenAsync();
        var buildings = (await Task.WhenAll(zones.Select(z => GrainFactory.GetGrain<IOrgNodeGrain>(z.Info.Id).GetChildrenAsync()))).SelectMany(b => b).ToList();
        var figures = await Task.WhenAll(buildings.Select(async b => project.Frozen
            ? await GrainFactory.GetGrain<IOrgNodeGrain>(b.Info.Id).GetSnapshotAsync(period) ?? Totals.Zero
            : b.Totals));
        var holders = buildings.Select((b, i) => (Holder: state.State.BuildingCollectors.GetValueOrDefault(b.Info.Id) ?? string.Empty, Figures: figures[i]))
            .GroupBy(b => b.Holder, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Holder: g.Key, Figures: Totals.Sum(g.Select(b => b.Figures)))).ToList();
        var mine = holders.FindIndex(h => h.Holder == username);
        if (mine < 0 || username.Length == 0)
        {
            return null;
        }
        var target = project.Target;
        var collection = target.CollectionAmount is { } amount ? MoneySplit.InProportion(amount, [.. holders.Select(h => h.Figures.ReceivablePeriod)])[mine] : (decimal?)null;
        var recovery = target.RecoveryAmount is { } recover ? MoneySplit.InProportion(recover, [.. holders.Select(h => h.Figures.OpeningArrears)])[mine] : (decimal?)null;
        var share = NodeTarget.ShareOf(target, holders[mine].Figures, collection, recovery, TargetSource.Cascaded, target.By, target.At);
        var pace = project.Forecast is { } forecast ? new CollectionPace(forecast.ShareByToday, "the project's pace") : null;
        return TargetProgress.Of(share, holders[mine].Figures, project.Frozen, pace);
    }
}
