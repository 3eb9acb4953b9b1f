using CollectionGrains.Kernel;
using CollectionGrains.Organisation.Targets;

namespace CollectionGrains.Organisation;

/// <summary>
/// The node's targets (催收目标) by month: set here (and cascaded to the children in proportion), received from the
/// parent, or adjusted among the children by hand — every change kept in the node's history; frozen once the month is
/// closed. A node whose parent holds a target for the month changes its share only through the parent, so the children
/// of a node always add up to its target.
/// </summary>
internal sealed partial class OrgNodeGrain
{
    private const int HistoryKept = 500;
    private string? _groupId;

    public async Task<NodeTarget> SetTargetAsync(TargetRequest request)
    {
        var info = RequireInfo();
        if (TargetRules.Problem(request, Period.Of(clock.Today)) is { } problem || (problem = ClosedProblem(request.Period)) is not null)
        {
            throw new OrganisationRejectedException($"{Id}: {problem}");
        }
        var target = TargetRules.FromRequest(request, _totals, clock.Now);
        if (info.ParentId is { } parentId && await Node(parentId).GetTargetAsync(request.Period) is { Target: var parentTarget }
            && state.State.Targets.GetValueOrDefault(request.Period.ToString()) is var held
            && ((parentTarget.CollectionAmount is not null && target.CollectionAmount != held?.CollectionAmount)
                || (parentTarget.RecoveryAmount is not null && target.RecoveryAmount != held?.RecoveryAmount)))
        {
            throw new OrganisationRejectedException(
                $"{Id}'s target for {request.Period} is its share of {parentId}'s: change the shares there (adjustTargets, which must still add up to it) or set {parentId}'s target with cascade");
        }
        await KeepAsync(target);
        if (request.Cascade)
        {
            await CascadeAsync(target);
        }
        return target;
    }

    public async Task<IReadOnlyList<NodeTarget>> AdjustTargetsAsync(Period period, IReadOnlyList<TargetShare> shares, string by)
    {
        RequireInfo();
        var target = state.State.Targets.GetValueOrDefault(period.ToString())
            ?? throw new OrganisationRejectedException($"{Id} has no target for {period} to share out");
        var children = state.State.ChildNodes.ToList();
        var closed = ClosedProblem(period);
        if (closed is not null || shares.Any(s => !children.Contains(s.NodeId)) || shares.DistinctBy(s => s.NodeId).Count() != shares.Count)
        {
            throw new OrganisationRejectedException($"{Id}: {closed ?? "shares must name children of this node, each once"}");
        }
        var given = state.State.Shares.GetValueOrDefault(period.ToString()) ?? [];
        var next = children.Select(c => (shares.FirstOrDefault(s => s.NodeId == c), given.GetValueOrDefault(c)) switch
        {
            ({ } changed, var was) => (Collection: changed.CollectionAmount ?? was?.CollectionAmount ?? 0m, Recovery: changed.RecoveryAmount ?? was?.RecoveryAmount ?? 0m),
            (null, var was) => (Collection: was?.CollectionAmount ?? 0m, Recovery: was?.RecoveryAmount ?? 0m),
        }).ToList();
        if (next.Any(n => n.Collection < 0 || n.Recovery < 0 || !Money.IsWholeCents(n.Collection) || !Money.IsWholeCents(n.Recovery))
            || (target.CollectionAmount is { } collection && next.Sum(n => n.Collection) != collection)
            || (target.RecoveryAmount is { } recovery && next.Sum(n => n.Recovery) != recovery))
        {
            throw new OrganisationRejectedException(
                $"the children's shares must add up to {Id}'s target to the cent: collection {target.CollectionAmount?.ToString() ?? "-"} (shares add up to {next.Sum(n => n.Collection)}), "
                + $"recovery {target.RecoveryAmount?.ToString() ?? "-"} (shares add up to {next.Sum(n => n.Recovery)})");
        }
        var at = clock.Now;
        var adjusted = new List<NodeTarget>();
        foreach (var (child, i) in shares.Select(s => (s.NodeId, children.IndexOf(s.NodeId))))
        {
            var figures = state.State.Children.Latest.GetValueOrDefault(child)?.Totals ?? Totals.Zero;
            var share = NodeTarget.ShareOf(target, figures, target.CollectionAmount is null ? null : next[i].Collection,
                target.RecoveryAmount is null ? null : next[i].Recovery, TargetSource.Adjusted, by, at);
            adjusted.Add(share);
        }
        await GiveSharesAsync(period, [.. adjusted.Select((share, k) => (shares[k].NodeId, share))]);
        return adjusted;
    }

    public async Task ReceiveTargetAsync(NodeTarget share)
    {
        RequireInfo();
        await KeepAsync(share);
        await CascadeAsync(share);
    }

    public async Task<TargetProgress?> GetTargetAsync(Period period)
    {
        if (state.State.Info is null || state.State.Targets.GetValueOrDefault(period.ToString()) is not { } target)
        {
            return null;
        }
        if (state.State.Snapshots.GetValueOrDefault(period.ToString()) is { } snapshot)
        {
            return TargetProgress.Of(target, snapshot, frozen: true, null);
        }
        var current = period == Period.Of(clock.Today);
        var pace = current ? await GrainFactory.GetGrain<ICollectionPaceGrain>(await GroupIdAsync()).GetAsync(clock.Today) : null;
        return TargetProgress.Of(target, current ? _totals : Totals.Zero, frozen: false, pace);
    }

    public Task<IReadOnlyList<TargetChange>> GetTargetHistoryAsync(Period period) =>
        Task.FromResult<IReadOnlyList<TargetChange>>([.. state.State.TargetHistory.Where(c => c.After.Period == period)]);

    private async Task KeepAsync(NodeTarget target)
    {
        var key = target.Period.ToString();
        if (ClosedProblem(target.Period) is { } closed)
        {
            throw new OrganisationRejectedException($"{Id}: {closed}");
        }
        state.State.TargetHistory.Add(new TargetChange(Id, state.State.Targets.GetValueOrDefault(key), target));
        if (state.State.TargetHistory.Count > HistoryKept)
        {
            state.State.TargetHistory.RemoveRange(0, state.State.TargetHistory.Count - HistoryKept);
        }
        state.State.Targets[key] = target;
        await PersistNowAsync();
    }

    private async Task CascadeAsync(NodeTarget target)
    {
        var children = state.State.ChildNodes.ToList();
        var shares = TargetRules.Split(target, [.. children.Select(c => state.State.Children.Latest.GetValueOrDefault(c)?.Totals ?? Totals.Zero)], clock.Now);
        state.State.Shares[target.Period.ToString()] = [];
        await GiveSharesAsync(target.Period, [.. children.Select((child, i) => (child, shares[i]))]);
    }

    /// <summary>Records what each child was given (what adjustTargets starts from), then tells each child.</summary>
    private async Task GiveSharesAsync(Period period, IReadOnlyList<(string Child, NodeTarget Share)> shares)
    {
        var given = state.State.Shares.TryGetValue(period.ToString(), out var held) ? held : state.State.Shares[period.ToString()] = [];
        foreach (var (child, share) in shares)
        {
            given[child] = new TargetShare(child, share.CollectionAmount, share.RecoveryAmount);
        }
        await PersistNowAsync();
        await Task.WhenAll(shares.Select(s => Node(s.Child).ReceiveTargetAsync(s.Share)));
    }

    private string? ClosedProblem(Period period) =>
        state.State.Snapshots.ContainsKey(period.ToString()) ? $"{period} is closed: its targets and results are frozen with its month-end snapshot" : null;

    private async Task<string> GroupIdAsync()
    {
        if (_groupId is null)
        {
            var id = Id;
            for (var parent = RequireInfo().ParentId; parent is not null; parent = (await Node(parent).GetAsync())?.Info.ParentId)
            {
                id = parent;
            }
            _groupId = id;
        }
        return _groupId;
    }
}
