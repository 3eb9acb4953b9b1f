using System.Diagnostics;
using CollectionGrains.Organisation;
using Microsoft.Extensions.Logging;

namespace CollectionGrains.Analytics.Standing;

/// <summary>
/// Keeps the closed month and week of every node above a project while the households' standing still holds them
/// (decision 0019): a group, region or branch then reads every closed period from its snapshot, whether or not a
/// manager turned its report schedule on. Projects and below read their history quickly and are left to be kept when
/// first asked. An hourly reminder starts a pass in the background (a month's close takes seconds a node at a million
/// households, longer than a reminder's delivery waits); a pass under way is not started again.
/// </summary>
internal sealed class ClosedPeriodsGrain(ILogger<ClosedPeriodsGrain> logger) : Grain, IClosedPeriodsGrain, IRemindable
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
        var level = (await GrainFactory.GetGrain<IOrgDirectoryGrain>(IOrgDirectoryGrain.Key).GetGroupsAsync()).ToList();
        while (level.Count > 0)
        {
            var next = new List<string>();
            foreach (var nodeId in level)
            {
                try
                {
                    nodes++;
                    await GrainFactory.GetGrain<IAnalysisReportGrain>(nodeId).KeepClosedPeriodsAsync();
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
}
