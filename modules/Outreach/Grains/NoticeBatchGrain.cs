using CollectionGrains.Billing;
using CollectionGrains.Collection;
using CollectionGrains.Kernel;
using CollectionGrains.Outreach.Notices;
using Microsoft.Extensions.Logging;

namespace CollectionGrains.Outreach;

/// <summary>
/// Issues a batch's notices a few households at a time in the background, saving how far it got after each step; a
/// reminder wakes it after a restart and it carries on from there (each household's notice id is the batch id and its
/// place in the list, so a step done twice issues nothing twice).
/// </summary>
internal sealed class NoticeBatchGrain(
    [PersistentState("noticeBatch")] IPersistentState<NoticeBatchState> state,
    NoticeArchive archive,
    BusinessClock clock,
    ILogger<NoticeBatchGrain> logger) : Grain, INoticeBatchGrain, IRemindable
{
    private const int Parallel = 4;
    private const string Resume = "resume";
    private Task? _running;

    private string BatchId => this.GetPrimaryKeyString();

    public async Task<NoticeBatch> StartAsync(string nodeId, NoticeKind kind, DateOnly? deadline, CollectionActor actor)
    {
        if (state.State.Batch is { } started)
        {
            return started;
        }
        NoticeRules.Validate(new NoticeRequest(BatchId, kind, deadline), clock.Today);
        var entries = await InArrearsBelowAsync(nodeId);
        state.State.Households = [.. entries.Select(e => e.HouseholdId)];
        state.State.Actor = actor;
        if (kind == NoticeKind.PublicNotice && entries.Count > 0)
        {
            state.State.Shared = await WritePublicNoticeAsync(nodeId, entries, deadline);
        }
        state.State.Batch = new NoticeBatch(BatchId, nodeId, kind, deadline, actor.Username, clock.Now.ToUniversalTime(), entries.Count, 0, 0, 0,
            entries.Count == 0 ? clock.Now.ToUniversalTime() : null, null);
        await state.WriteStateAsync();
        if (entries.Count > 0)
        {
            await this.RegisterOrUpdateReminder(Resume, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
            Run();
        }
        return state.State.Batch;
    }

    public Task<NoticeBatch?> GetAsync()
    {
        Run();
        return Task.FromResult(state.State.Batch);
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        Run();
        return Task.CompletedTask;
    }

    private void Run()
    {
        if (_running is { IsCompleted: false } || state.State.Batch is not { FinishedAt: null })
        {
            return;
        }
        _running = RunAsync();
    }

    private async Task RunAsync()
    {
        var batch = state.State.Batch!;
        while (state.State.Next < state.State.Households.Count)
        {
            DelayDeactivation(TimeSpan.FromMinutes(5));
            var step = state.State.Households.Skip(state.State.Next).Take(Parallel).Select((household, i) => (household, Index: state.State.Next + i)).ToList();
            var outcomes = await Task.WhenAll(step.Select(s => IssueAsync(s.household, s.Index)));
            batch = batch with
            {
                Issued = batch.Issued + outcomes.Count(o => o == Outcome.Issued),
                Skipped = batch.Skipped + outcomes.Count(o => o == Outcome.Skipped),
                Failed = batch.Failed + outcomes.Count(o => o == Outcome.Failed),
            };
            state.State.Next += step.Count;
            state.State.Batch = batch;
            await state.WriteStateAsync();
        }
        state.State.Batch = batch with { FinishedAt = clock.Now.ToUniversalTime() };
        await state.WriteStateAsync();
        if (await this.GetReminder(Resume) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private enum Outcome
    {
        Issued,
        Skipped,
        Failed,
    }

    private async Task<Outcome> IssueAsync(string householdId, int index)
    {
        var batch = state.State.Batch!;
        try
        {
            await GrainFactory.GetGrain<IHouseholdOutreachGrain>(householdId).IssueNoticeAsync(
                new NoticeRequest($"{BatchId}-{index + 1}", batch.Kind, batch.Deadline, BatchId), state.State.Actor!, state.State.Shared);
            return Outcome.Issued;
        }
        catch (CollectionRejectedException e) when (e.Code == CollectionErrorCode.BadInput)
        {
            return Outcome.Skipped;   // paid since the list was made
        }
        catch (Exception e)
        {
            logger.NoticeBatchHouseholdFailed(e, BatchId, householdId);
            return Outcome.Failed;
        }
    }

    private async Task<List<ArrearsListEntry>> InArrearsBelowAsync(string nodeId)
    {
        var list = GrainFactory.GetGrain<IArrearsListGrain>(nodeId);
        var entries = new List<ArrearsListEntry>();
        string? after = null;
        do
        {
            var page = await list.GetPageAsync(new ArrearsFilter(), ArrearsOrder.Room, 500, after);
            entries.AddRange(page.Entries);
            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null);
        return entries;
    }

    /// <summary>One public notice for the whole batch: every household's building, masked room and amount, by building and room.</summary>
    private async Task<SharedNotice> WritePublicNoticeAsync(string nodeId, IReadOnlyList<ArrearsListEntry> entries, DateOnly? deadline)
    {
        var first = (await GrainFactory.GetGrain<IHouseholdGrain>(entries[0].HouseholdId).GetProfileAsync())!;
        var groupId = await GrainFactory.GetGrain<ICollectionProjectGrain>(first.ProjectId).GetGroupIdAsync();
        var template = await GrainFactory.GetGrain<INoticeTemplateGrain>(groupId).GetAsync(NoticeKind.PublicNotice);
        var place = await NoticePlaces.OfAsync(GrainFactory, groupId, first.ProjectId, nodeId);
        var buildings = new Dictionary<string, string>();
        foreach (var building in entries.Select(e => e.BuildingId).Distinct())
        {
            buildings[building] = await NoticePlaces.NameOfAsync(GrainFactory, building);
        }
        var rows = entries.Select(e => new NoticeModel.PublicRow(buildings[e.BuildingId], e.Room, e.Total))
            .OrderBy(r => r.Building, StringComparer.Ordinal).ThenBy(r => r.Room, StringComparer.Ordinal);
        return await archive.WriteAsync(template, NoticeModel.ForPublicNotice(rows, clock.Today, place, clock.Today, deadline), null);
    }
}
