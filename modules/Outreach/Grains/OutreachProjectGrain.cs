using CollectionGrains.Collection;

namespace CollectionGrains.Outreach;

internal sealed class OutreachProjectGrain([PersistentState("outreachProject")] IPersistentState<OutreachProjectState> state) : Grain, IOutreachProjectGrain
{
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
}
