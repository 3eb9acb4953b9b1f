namespace CollectionGrains.Customers;

/// <summary>
/// The Customers module's assessment of a household, on every silo (a stateless worker): its grade, credit tags and
/// re-default score from its facts, with its group's model in use.
/// </summary>
public interface IGradingGrain : IGrainWithIntegerKey
{
    Task<CreditAssessment> AssessAsync(string projectId, CustomerFacts facts, GradeOverride? gradeOverride, DateOnly today);
}
