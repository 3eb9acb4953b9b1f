namespace CollectionGrains.Tests.Foundation;

[GenerateSerializer, Alias("tests.ProbeState")]
public sealed class ProbeState
{
    [Id(0)] public List<string> Notes { get; set; } = [];

    [Id(1)] public decimal Total { get; set; }

    [Id(2)] public int RemindersReceived { get; set; }

    [Id(3)] public DateTimeOffset? LastReminderAt { get; set; }
}
