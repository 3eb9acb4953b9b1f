using CollectionGrains.Collection;
using CollectionGrains.Kernel;
using Microsoft.Extensions.Logging;

namespace CollectionGrains.Outreach;

internal sealed class OutreachProjectGrain(
    [PersistentState("outreachProject")] IPersistentState<OutreachProjectState> state,
    BusinessClock clock,
    ILogger<OutreachProjectGrain> logger) : Grain, IOutreachProjectGrain, IRemindable
{
    private const string RemindersTick = "automatic-reminders";
    private static readonly TimeSpan TickEvery = TimeSpan.FromMinutes(10);

    private string ProjectId => this.GetPrimaryKeyString();

    public Task<LegalPolicy> GetLegalPolicyAsync() => Task.FromResult(state.State.LegalPolicy ?? LegalPolicy.Standard);

    public async Task<LegalPolicy> SetLegalPolicyAsync(LegalPolicy policy)
    {
        state.State.LegalPolicy = Legal.LegalLadder.Merge(await GetLegalPolicyAsync(), policy);
        await state.WriteStateAsync();
        return state.State.LegalPolicy;
    }

    public Task<ServiceCentre?> GetServiceCentreAsync() => Task.FromResult(state.State.ServiceCentre);

    public async Task<ServiceCentre> SetServiceCentreAsync(ServiceCentre centre)
    {
        state.State.ServiceCentre = Notices.NoticeRules.Checked(centre);
        await state.WriteStateAsync();
        return state.State.ServiceCentre;
    }

    public Task<AutomaticReminders> GetAutomaticRemindersAsync() => Task.FromResult(state.State.AutomaticReminders ?? AutomaticReminders.Off);

    public async Task<(AutomaticReminders Reminders, int Decided)> SetAutomaticRemindersAsync(AutomaticReminders reminders)
    {
        state.State.AutomaticReminders = reminders;
        await state.WriteStateAsync();
        if (!reminders.Any)
        {
            if (await this.GetReminder(RemindersTick) is { } tick)
            {
                await this.UnregisterReminder(tick);
            }
            return (reminders, 0);
        }
        await this.RegisterOrUpdateReminder(RemindersTick, TickEvery, TickEvery);
        return (reminders, await DecideAutomaticRemindersAsync());
    }

    public async Task<int> DecideAutomaticRemindersAsync()
    {
        var wanted = state.State.AutomaticReminders ?? AutomaticReminders.Off;
        var project = GrainFactory.GetGrain<ICollectionProjectGrain>(ProjectId);
        var groupId = await project.GetGroupIdAsync();
        var items = (await project.GetProjectPlanAsync(clock.Today)).Where(i => i.Action.Reason switch
        {
            PlanReason.PromiseReminder => wanted.PromiseReminders,
            PlanReason.RemotePaymentLink => wanted.RemotePaymentLinks,
            _ => false,
        }).ToList();
        var (decided, start) = (0, clock.Now.ToUniversalTime());
        foreach (var chunk in items.Chunk(32))
        {
            var messages = await Task.WhenAll(chunk.Select(i => GrainFactory.GetGrain<IHouseholdOutreachGrain>(i.HouseholdId).DecideAutomaticReminderAsync(i, groupId)));
            decided += messages.Count(m => m is not null && m.DecidedAt >= start);   // not one decided earlier today
        }
        return decided;
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != RemindersTick)
        {
            return;
        }
        if (!(state.State.AutomaticReminders ?? AutomaticReminders.Off).Any)
        {
            await this.UnregisterReminder((await this.GetReminder(RemindersTick))!);
            return;
        }
        var decided = await DecideAutomaticRemindersAsync();
        logger.AutomaticRemindersDecided(ProjectId, decided);
    }
}
