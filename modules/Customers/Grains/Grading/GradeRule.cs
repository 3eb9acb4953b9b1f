namespace CollectionGrains.Customers.Grading;

/// <summary>The module's grade rule as the service the ledger calls.</summary>
internal sealed class GradeRule : IGradeRule
{
    public Grade GradeOf(CustomerFacts facts, GradeOverride? gradeOverride, DateOnly today) =>
        gradeOverride?.Grade ?? GradeRules.Grade(facts, today);
}
