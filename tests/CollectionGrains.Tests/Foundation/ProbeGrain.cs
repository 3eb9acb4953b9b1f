namespace CollectionGrains.Tests.Foundation;

public sealed class ProbeGrain(
    [PersistentState("probe")] IPersistentState<ProbeState> state,
    ILocalSiloDetails silo) : Grain, IProbeGrain, IRemindable
{
    private readonly string _activation = Guid.NewGuid().ToString("N");

    public async Task<ProbeState> RecordAsync(string note, decimal amount)
    {
        state.State.Notes.Add(note);
        state.State.Total += amount;
        await state.WriteStateAsync();
        return state.State;
    }

    public Task<ProbeState> GetAsync() => Task.FromResult(state.State);

    public Task<string> GetActivationAsync() => Task.FromResult($"{silo.SiloAddress}/{_activation}");

    public Task ScheduleReminderAsync(TimeSpan dueIn) =>
        this.RegisterOrUpdateReminder("probe", dueIn, TimeSpan.FromMinutes(1));

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        state.State.RemindersReceived++;
        state.State.LastReminderAt = DateTimeOffset.UtcNow;
        await state.WriteStateAsync();
    }
}
