namespace CollectionGrains.Tests.Foundation;

/// <summary>A grain that exercises persistence, placement and reminders for the foundation tests.</summary>
public interface IProbeGrain : IGrainWithStringKey
{
    Task<ProbeState> RecordAsync(string note, decimal amount);

    Task<ProbeState> GetAsync();

    Task<string> GetActivationAsync();

    Task ScheduleReminderAsync(TimeSpan dueIn);
}
