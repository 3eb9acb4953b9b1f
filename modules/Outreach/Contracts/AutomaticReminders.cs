namespace CollectionGrains.Outreach;

/// <summary>
/// 自动提醒: the messages of the procedure the system sends by itself for a project, from the day's plan — the reminder
/// the day before a promised date (A), the daily remote-payment link (D) — worded by the plan's suggested script.
/// </summary>
[GenerateSerializer, Immutable, Alias("outreach.AutomaticReminders")]
public sealed record AutomaticReminders(
    [property: Id(0)] bool PromiseReminders,
    [property: Id(1)] bool RemotePaymentLinks)
{
    public static readonly AutomaticReminders Off = new(false, false);

    public bool Any => PromiseReminders || RemotePaymentLinks;
}
