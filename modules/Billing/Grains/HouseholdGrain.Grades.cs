using CollectionGrains.Billing.Ledger;
using CollectionGrains.Customers;

namespace CollectionGrains.Billing;

/// <summary>
/// The household's grade and credit (rules of the Customers module, asked of its local worker). The grade in force is
/// worked out again from the stored state before every totals report — after each commit, at activation and at the
/// daily refresh — so each report version carries the grade of its own ledger, contacts, override and day.
/// </summary>
internal sealed partial class HouseholdGrain
{
    private Grade _grade;

    private static IGradingGrain Grading(IGrainFactory grains) => grains.GetGrain<IGradingGrain>(0);

    public async Task ApplyContactFactsAsync(ContactFacts facts)
    {
        RequireProfile();
        if (state.State.Contacts is { } held && (held.Version >= facts.Version
            || (held.ContactDays.SequenceEqual(facts.ContactDays) && held.ComplaintDays.SequenceEqual(facts.ComplaintDays))))
        {
            return;
        }
        state.State.Contacts = facts with { ContactDays = [.. facts.ContactDays.TakeLast(ContactFacts.Kept)] };
        await CommitAsync([]);
    }

    public async Task<CreditAssessment> OverrideGradeAsync(GradeOverride? gradeOverride)
    {
        RequireProfile();
        if (gradeOverride is { Reason.Length: 0 or > 500 })
        {
            throw LedgerRejectedException.BadInput("an override needs a reason of 1 to 500 characters");
        }
        state.State.GradeOverride = gradeOverride;
        await CommitAsync([]);
        return await GetCreditAsync();
    }

    public Task<CreditAssessment> GetCreditAsync()
    {
        var profile = RequireProfile();
        return Grading(GrainFactory).AssessAsync(profile.ProjectId, Facts(profile), state.State.GradeOverride, Today);
    }

    private CustomerFacts Facts(HouseholdProfile profile) => CustomerFactsOf.Household(profile, Ledger, state.State.Contacts, Today);

    private async Task RegradeAsync()
    {
        if (state.State.Profile is not { } profile)
        {
            return;
        }
        try
        {
            _grade = await Grading(GrainFactory).GradeAsync(Facts(profile), state.State.GradeOverride, Today);
        }
        catch (Exception e)
        {
            // Committed already: the report goes out with the grade held; the next commit or day grades again.
            logger.GradeNotWorkedOut(e, HouseholdId);
        }
    }
}
