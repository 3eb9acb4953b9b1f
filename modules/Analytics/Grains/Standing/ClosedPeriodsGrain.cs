using System.Diagnostics;
using CollectionGrains.Kernel;
using CollectionGrains.Organisation;
using Microsoft.Extensions.Logging;

namespace CollectionGrains.Analytics.Standing;

/// <summary>
/// Keeps the closed month and week of every node above a project while the households' standing still holds them
/// (decision 0019): a group, region or branch then reads every closed period from its snapshot, whether or not a
/// manager turned its report schedule on. Each analysis keeps a closed period the first time it produces it, so the
/// closer only asks: for the month before, once closed, its trend point (with its finance report and roll rates) and its
/// reasons of every cut; for the week before, once closed, its trend point. Projects and below read their history quickly and are
/// kept when first asked. An hourly reminder starts a pass in the background, longer than a reminder's delivery
/// waits; a pass under way is not started again.
/// </summary>
internal sealed class ClosedPeriodsGrain(TimeProvider time, ILogger<ClosedPeriodsGrain> logger) : Grain, IClosedPeriodsGrain, IRemindable
{
    private Task _pass = Task.CompletedTask;

    public override async Task OnActivateAsync(CancellationToken cancellationToken) =>
        await this.RegisterOrUpdateReminder("closed-periods", TimeSpan.FromMinutes(2), TimeSpan.FromHours(1));

    public Task StartAsync() => Task.CompletedTask;

    public Task KeepAsync()
    {
        if (_pass.IsCompleted)
        {
            _pass = PassAsync();
        }
        return _pass;
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        KeepAsync().Ignore();
        return Task.CompletedTask;
    }

    private async Task PassAsync()
    {
        DelayDeactivation(TimeSpan.FromHours(1));   // a pass runs outside any call: the activation stays until it ends
        var (started, nodes) = (Stopwatch.GetTimestamp(), 0);
        List<string> level;
        try
        {
            level = [.. await GrainFactory.GetGrain<IOrgDirectoryGrain>(IOrgDirectoryGrain.Key).GetGroupsAsync()];
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.ClosedPeriodsPassFailed(e);   // the reminder's pass is not awaited by anyone: say why it did nothing
            throw;
        }
        while (level.Count > 0)
        {
            var next = new List<string>();
            foreach (var nodeId in level)
            {
                try
                {
                    nodes++;
                    await KeepClosedAsync(nodeId);
                    next.AddRange((await GrainFactory.GetGrain<IOrgNodeGrain>(nodeId).GetChildrenAsync())
                        .Where(c => c.Info.Level < OrgLevel.Project).Select(c => c.Info.Id));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.ClosedPeriodsNotKept(e, nodeId);
                }
            }
            level = next;
        }
        logger.ClosedPeriodsPass(nodes, Stopwatch.GetElapsedTime(started).TotalSeconds);
    }

    /// <summary>Asks the node's analyses for its month before and week before once each is closed (they keep them).</summary>
    private async Task KeepClosedAsync(string nodeId)
    {
        var today = BusinessCalendar.Today(time);
        var month = Period.Of(today).AddMonths(-1);
        if (KeptMonths.IsClosed(month, today))
        {
            // The month's trend point asks for its finance report and roll rates, which keep themselves too.
            await GrainFactory.GetGrain<ITrendGrain>(nodeId).GetAsync(month.FirstDay, month.LastDay, TrendStep.Month);
            foreach (var cut in Enum.GetValues<ReasonCut>())
            {
                await GrainFactory.GetGrain<IReasonAnalysisGrain>(nodeId).GetAsync(month, cut);
            }
        }
        var monday = BusinessCalendar.WeekStart(today).AddDays(-7);
        if (KeptMonths.IsWeekClosed(monday, today))
        {
            await GrainFactory.GetGrain<ITrendGrain>(nodeId).GetAsync(monday, monday.AddDays(6), TrendStep.Week);
        }
    }
}
