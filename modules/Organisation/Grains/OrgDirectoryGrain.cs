using CollectionGrains.Kernel;
using CollectionGrains.Organisation.Targets;

namespace CollectionGrains.Organisation;

/// <summary>
/// Keeps the ids of all groups, so clients can start from the roots of the tree; and closes each group's month on its
/// last evening (a durable reminder, every day at 23:50 China time): the month-end snapshot of every node, which freezes
/// the month's targets and results.
/// </summary>
internal sealed class OrgDirectoryGrain(
    [PersistentState("orgDirectory")] IPersistentState<SortedSet<string>> groups,
    BusinessClock clock) : Grain, IOrgDirectoryGrain, IRemindable
{
    private const string MonthEndReminder = "month-end";

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (groups.State.Count > 0 && await this.GetReminder(MonthEndReminder) is null)
        {
            await this.RegisterOrUpdateReminder(MonthEndReminder, MonthEnd.UntilNextCheck(clock.Now), TimeSpan.FromDays(1));
        }
    }

    public async Task AddGroupAsync(string groupId)
    {
        if (groups.State.Add(groupId))
        {
            await groups.WriteStateAsync();
            await OnActivateAsync(CancellationToken.None);
        }
    }

    public Task<IReadOnlyList<string>> GetGroupsAsync() => Task.FromResult<IReadOnlyList<string>>([.. groups.State]);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (MonthEnd.ToClose(clock.Now) is { } month)
        {
            await Task.WhenAll(groups.State.Select(group => GrainFactory.GetGrain<IOrgNodeGrain>(group).ClosePeriodAsync(month)));
        }
    }
}
