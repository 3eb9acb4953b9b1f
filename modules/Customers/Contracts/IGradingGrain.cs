namespace CollectionGrains.Customers;

/// <summary>
/// The Customers module's rules, on every silo (a stateless worker): a household's grade, credit tags and re-default
/// score from its facts, with its group's model in use.
/// </summary>
public interface IGradingGrain : IGrainWithIntegerKey
{
    /// <summary>The grade in force: the override's, or the automatic one (what the roll-ups count).</summary>
    Task<Grade> GradeAsync(CustomerFacts facts, GradeOverride? gradeOverride, DateOnly today);

    Task<CreditAssessment> AssessAsync(string projectId, CustomerFacts facts, GradeOverride? gradeOverride, DateOnly today);
}
