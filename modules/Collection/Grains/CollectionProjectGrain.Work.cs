using CollectionGrains.Collection.Planning;
using CollectionGrains.Collection.Scripts;
using CollectionGrains.Collection.Sheets;
using CollectionGrains.Collection.Splits;
using CollectionGrains.Kernel.Tabular;
using CollectionGrains.Organisation;

namespace CollectionGrains.Collection;

/// <summary>The project's work across its cases: the even split of the pool, the supervisor's and the whole project's plan, the record sheet.</summary>
internal sealed partial class CollectionProjectGrain
{
    private const int MaxStaff = 100;

    public async Task<EvenSplitProposal> ProposeEvenSplitAsync(IReadOnlyList<string> staff)
    {
        await RequireStaffAsync(staff);
        return EvenSplit.Propose(ProjectId, Pool(), staff, clock.Today);
    }

    public async Task<EvenSplitProposal> ApplyEvenSplitAsync(IReadOnlyList<string> staff, string proposalId, CollectionActor actor)
    {
        RequireSupervisor(actor);
        await RequireStaffAsync(staff);
        var proposal = EvenSplit.Propose(ProjectId, Pool(), staff, clock.Today);
        if (proposal.ProposalId != proposalId)
        {
            throw CollectionRejectedException.Conflict("the pool or the staff changed since that preview; preview the split again");
        }
        foreach (var share in proposal.Shares)
        {
            await AssignEachAsync(share.HouseholdIds, share.Username, actor);
        }
        return proposal with { Applied = true };
    }

    public Task<IReadOnlyList<PlanItem>> GetSupervisorPlanAsync(DateOnly date) =>
        PlanAsync(_cases.All.Where(c => c.TaskStatus == CollectionTaskStatus.Escalated || c.Class == ContactClass.E_Refusing), date);

    public Task<IReadOnlyList<PlanItem>> GetProjectPlanAsync(DateOnly date) => PlanAsync(_cases.All.Where(c => c.HasOpenTask), date);

    private async Task<IReadOnlyList<PlanItem>> PlanAsync(IEnumerable<CaseSummary> cases, DateOnly date)
    {
        var scripts = await GrainFactory.GetGrain<IScriptLibraryGrain>(await GetGroupIdAsync()).GetAllAsync();
        return DailyPlan.For(cases, PolicyOn(date), date, clock.Now, (method, @case) =>
            ExperimentRules.Suggest(ScriptMatch.Best(scripts, method, @case.Class, @case.Grade)?.ScriptId, @case.HouseholdId, state.State.Experiments));
    }

    public async Task<byte[]> ExportRecordSheetAsync(SheetFormat format)
    {
        var open = _cases.All.Where(c => c.HasOpenTask).ToList();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var buildingId in open.Select(c => c.BuildingId).Distinct())
        {
            names[buildingId] = await BuildingNameAsync(buildingId);
        }
        var lines = await sheets.LinesAsync(open, id => names[id]);
        return RecordSheet.Write(lines, format);
    }

    /// <summary>The project's unassigned households in arrears.</summary>
    private List<CaseSummary> Pool() => [.. _cases.All.Where(c => c.HasOpenTask && c.Collector is null)];

    private async Task RequireStaffAsync(IReadOnlyList<string> staff)
    {
        if (staff.Count is 0 or > MaxStaff || staff.Distinct().Count() != staff.Count)
        {
            throw CollectionRejectedException.BadInput($"name 1 to {MaxStaff} different people to split among");
        }
        foreach (var username in staff)
        {
            await EnrolAsync(username);
        }
    }

    private async Task<string> BuildingNameAsync(string buildingId)
    {
        var building = await GrainFactory.GetGrain<IOrgNodeGrain>(buildingId).GetAsync();
        var zone = building?.Info.ParentId is { } zoneId ? await GrainFactory.GetGrain<IOrgNodeGrain>(zoneId).GetAsync() : null;
        return building is null ? buildingId : zone is null ? building.Info.Name : $"{zone.Info.Name}/{building.Info.Name}";
    }
}
