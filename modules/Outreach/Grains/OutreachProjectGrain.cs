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
        if (policy.Thresholds.Count == 0 || policy.Thresholds.DistinctBy(t => t.Step).Count() != policy.Thresholds.Count
            || policy.Thresholds.Any(t => !Enum.IsDefined(t.Step) || t.MinAgeDays is < 0 or > 3650 || t.MinAmount < 0 || t.MinContacts is < 0 or > 100))
        {
            throw CollectionRejectedException.BadInput("each step at most once, with an age of 0 to 3650 days, an amount of at least 0 and 0 to 100 contacts");
        }
        // Steps left out keep their current threshold.
        var current = await GetLegalPolicyAsync();
        state.State.LegalPolicy = new LegalPolicy([.. Enum.GetValues<LegalStep>().Select(step => policy.Thresholds.FirstOrDefault(t => t.Step == step) ?? current.For(step))]);
        await state.WriteStateAsync();
        return state.State.LegalPolicy;
    }

    public Task<ServiceCentre?> GetServiceCentreAsync() => Task.FromResult(state.State.ServiceCentre);

    public async Task<ServiceCentre> SetServiceCentreAsync(ServiceCentre centre)
    {
        var phone = centre.Phone.Trim();
        var address = centre.Address.Trim();
        if (phone.Length is < 5 or > 30 || !phone.Any(char.IsAsciiDigit) || phone.Any(ch => !char.IsAsciiDigit(ch) && ch is not (' ' or '-' or '+' or '(' or ')' or '转'))
            || address.Length is 0 or > 200)
        {
            throw CollectionRejectedException.BadInput("a phone of 5 to 30 digits, spaces and - + ( ) 转, and an address of 1 to 200 characters");
        }
        state.State.ServiceCentre = new ServiceCentre(phone, address);
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
