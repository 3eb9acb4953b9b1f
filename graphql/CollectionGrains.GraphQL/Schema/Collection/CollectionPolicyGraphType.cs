using System.Globalization;
using CollectionGrains.Collection;
using CollectionGrains.GraphQL.Access;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Collection;

internal sealed class CollectionPolicyGraphType : ObjectGraphType<CollectionPolicy>
{
    public CollectionPolicyGraphType()
    {
        Name = "CollectionPolicy";
        Description = "A project's procedure: contact windows (China time), the weekly minimum, caps per household, the first round, the retry after no answer.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContactWindowGraphType>>>>("weekdayWindows").Allow(FieldAccess.Readers).Resolve(c => c.Source.WeekdayWindows);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContactWindowGraphType>>>>("weekendWindows").Allow(FieldAccess.Readers).Resolve(c => c.Source.WeekendWindows);
        Field<NonNullGraphType<IntGraphType>>("weeklyMinimum").Allow(FieldAccess.Readers).Resolve(c => c.Source.WeeklyMinimum);
        Field<NonNullGraphType<IntGraphType>>("maxAttemptsPerDay").Allow(FieldAccess.Readers).Resolve(c => c.Source.MaxAttemptsPerDay);
        Field<NonNullGraphType<IntGraphType>>("maxAnsweredPerDay").Allow(FieldAccess.Readers).Resolve(c => c.Source.MaxAnsweredPerDay);
        Field<NonNullGraphType<IntGraphType>>("maxAttemptsPer7Days").Allow(FieldAccess.Readers).Resolve(c => c.Source.MaxAttemptsPer7Days);
        Field<NonNullGraphType<IntGraphType>>("firstRoundDays").Allow(FieldAccess.Readers).Resolve(c => c.Source.FirstRoundDays);
        Field<NonNullGraphType<IntGraphType>>("noAnswerRetryMinutes").Allow(FieldAccess.Readers).Resolve(c => c.Source.NoAnswerRetryMinutes);
        Field<NonNullGraphType<IntGraphType>>("maxOpenTasksPerCollector").Allow(FieldAccess.Readers).Resolve(c => c.Source.MaxOpenTasksPerCollector);
        Field<NonNullGraphType<WarningRulesGraphType>>("warningRules").Allow(FieldAccess.Readers).Resolve(c => c.Source.WarningRules);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GradeTreatmentGraphType>>>>("gradeTreatments").Allow(FieldAccess.Readers)
            .Description("差异催收: how each grade is treated (set by the project, or the standard).")
            .Resolve(c => Enum.GetValues<CollectionGrains.Customers.Grade>().Select(c.Source.TreatmentOf).ToList());
        Field<NonNullGraphType<IntGraphType>>("visitRadiusMetres").Allow(FieldAccess.Readers)
            .Description("How near its building a visit's position must be (metres, default 150; the fix's accuracy allowed for).").Resolve(c => c.Source.VisitRadiusMetres);
    }
}

internal sealed class ContactWindowGraphType : ObjectGraphType<ContactWindow>
{
    public ContactWindowGraphType()
    {
        Name = "ContactWindow";
        Field<NonNullGraphType<StringGraphType>>("start").Allow(FieldAccess.Readers).Description("HH:mm, China time.").Resolve(c => c.Source.Start.ToString("HH:mm", CultureInfo.InvariantCulture));
        Field<NonNullGraphType<StringGraphType>>("end").Allow(FieldAccess.Readers).Description("HH:mm, China time (exclusive).").Resolve(c => c.Source.End.ToString("HH:mm", CultureInfo.InvariantCulture));
    }
}

internal sealed class GradeTreatmentGraphType : ObjectGraphType<GradeTreatment>
{
    public GradeTreatmentGraphType()
    {
        Name = "GradeTreatment";
        Description = "How the procedure treats households of a grade: the first round's method and the contacts a week it asks for at least.";
        Field<NonNullGraphType<Customers.GradeGraphType>>("grade").Allow(FieldAccess.Readers).Resolve(c => c.Source.Grade);
        Field<NonNullGraphType<ContactMethodGraphType>>("firstMethod").Allow(FieldAccess.Readers).Resolve(c => c.Source.FirstMethod);
        Field<NonNullGraphType<IntGraphType>>("weeklyMinimum").Allow(FieldAccess.Readers).Resolve(c => c.Source.WeeklyMinimum);
    }
}
