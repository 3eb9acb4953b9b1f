using CollectionGrains.Collection;
using CollectionGrains.Customers;
using CollectionGrains.Organisation;

namespace CollectionGrains.Analytics;

/// <summary>
/// Sums the calibration cells the group's latest model kept per project (CreditModelReport.Calibration) over the projects
/// at or below the node. Projects are the finest level kept: a zone or building is refused.
/// </summary>
[Orleans.Concurrency.StatelessWorker]
internal sealed class CreditCalibrationGrain : Grain, ICreditCalibrationGrain
{
    public async Task<CreditCalibration?> GetAsync()
    {
        var nodeId = this.GetPrimaryKeyString();
        var level = (await GrainFactory.GetGrain<IOrgNodeGrain>(nodeId).GetAsync() ?? throw CollectionRejectedException.NotFound($"no node {nodeId}")).Info.Level;
        if (level > OrgLevel.Project)
        {
            throw CollectionRejectedException.BadInput($"{nodeId} is below a project: credit calibration is kept per project");
        }
        var group = await NodeAncestry.RootOfAsync(GrainFactory, nodeId);
        if (await GrainFactory.GetGrain<ICreditModelGrain>(group).GetAsync() is not { Calibration: { } cells } report)
        {
            return null;
        }
        IReadOnlySet<string> projects = level == OrgLevel.Project
            ? new HashSet<string> { nodeId } : (await NodeReach.OfAsync(GrainFactory, nodeId)).Projects.ToHashSet(StringComparer.Ordinal);
        var mine = cells.Where(c => projects.Contains(c.ProjectId)).ToList();
        var bands = Enumerable.Range(0, CalibrationCell.BandEdges.Length - 1)
            .Select(b => Row(mine.Where(c => c.Band == b), CalibrationCell.BandEdges[b], CalibrationCell.BandEdges[b + 1], null)).ToList();
        var tags = Enum.GetValues<CreditTag>().Select(t => Row(mine.Where(c => c.Tag == t), null, null, t)).Where(r => r.Households > 0).ToList();
        return new CreditCalibration(group, report.Version, report.InUse, report.HoldoutCut, report.HoldoutCut.AddDays(91), bands, tags);   // the label's horizon: three months
    }

    private static CalibrationRow Row(IEnumerable<CalibrationCell> cells, decimal? low, decimal? high, CreditTag? tag)
    {
        var all = cells.ToList();
        var households = all.Sum(c => c.Households);
        return new CalibrationRow(low, high, tag, households, households == 0 ? 0m : Math.Round(all.Sum(c => c.PredictedSum) / households, 4),
            households == 0 ? 0m : Math.Round((decimal)all.Sum(c => c.InArrears) / households, 4));
    }
}
