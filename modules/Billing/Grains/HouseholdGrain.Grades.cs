using CollectionGrains.Billing.Ledger;
using CollectionGrains.Customers;
using CollectionGrains.Organisation;

namespace CollectionGrains.Billing;

/// <summary>
/// The household's grade and credit (rules of the Customers module: the grade by its in-process rule, the credit by its
/// local worker). The grade in force is worked out with every contribution — after each commit, at activation and at
/// the daily refresh — from the same balances, so each report version carries the grade of its own ledger, contacts,
/// override and day.
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

    private CustomerFacts Facts(HouseholdProfile profile) => CustomerFactsOf.Household(profile, Ledger, Ledger.Balances(Today), state.State.Contacts);

    /// <summary>The household's contribution on a day, with its grade worked out afresh from the same balances.</summary>
    private Totals Contribution(HouseholdProfile profile, DateOnly day)
    {
        (var totals, _grade) = HouseholdContribution.Of(profile, Ledger, day, grades, state.State.Contacts, state.State.GradeOverride);
        return totals;
    }
}
