namespace CollectionGrains.Outreach;

/// <summary>
/// A project's outreach (key: project id): the thresholds of the legal ladder, the service centre notices name, and the
/// automatic reminders, decided from the day's plan every few minutes while they are on.
/// </summary>
public interface IOutreachProjectGrain : IGrainWithStringKey
{
    Task<LegalPolicy> GetLegalPolicyAsync();

    Task<LegalPolicy> SetLegalPolicyAsync(LegalPolicy policy);

    Task<ServiceCentre?> GetServiceCentreAsync();

    Task<ServiceCentre> SetServiceCentreAsync(ServiceCentre centre);

    Task<AutomaticReminders> GetAutomaticRemindersAsync();

    /// <summary>Switches the automatic reminders; when on, the first round is decided before the call returns (how many).</summary>
    Task<(AutomaticReminders Reminders, int Decided)> SetAutomaticRemindersAsync(AutomaticReminders reminders);

    /// <summary>Decides the automatic reminders the day's plan asks for now (each once a day); how many were new.</summary>
    Task<int> DecideAutomaticRemindersAsync();
}
