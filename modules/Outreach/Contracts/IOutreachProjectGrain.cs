namespace CollectionGrains.Outreach;

/// <summary>A project's outreach settings (key: project id): the thresholds of the legal ladder.</summary>
public interface IOutreachProjectGrain : IGrainWithStringKey
{
    Task<LegalPolicy> GetLegalPolicyAsync();

    Task<LegalPolicy> SetLegalPolicyAsync(LegalPolicy policy);
}
