namespace CollectionGrains.Customers;

/// <summary>
/// The grade in force (the override's, or the automatic grade by the Customers module's rule), called in process by the
/// ledger before each totals report: a service the module registers (AddCustomersModule), not a grain call, because it
/// sits on every payment's path.
/// </summary>
public interface IGradeRule
{
    Grade GradeOf(CustomerFacts facts, GradeOverride? gradeOverride, DateOnly today);
}
