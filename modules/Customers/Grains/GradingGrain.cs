using CollectionGrains.Customers.Credit;
using CollectionGrains.Customers.Grading;
using Orleans.Concurrency;

namespace CollectionGrains.Customers;

/// <summary>The grade, credit tags and score of a household from its facts; a local worker on every silo, holding nothing.</summary>
[StatelessWorker]
internal sealed class GradingGrain(CreditModels models) : Grain, IGradingGrain
{
    public async Task<CreditAssessment> AssessAsync(string projectId, CustomerFacts facts, GradeOverride? gradeOverride, DateOnly today)
    {
        var automatic = GradeRules.Grade(facts, today);
        var model = await models.ForProjectAsync(projectId);
        var score = model?.Score(CreditFeatures.Of(facts, today));
        return new CreditAssessment(automatic, gradeOverride?.Grade ?? automatic, gradeOverride, CreditTagRules.Tags(facts, today),
            score?.Probability, score?.Source);
    }
}
