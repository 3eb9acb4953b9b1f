using CollectionGrains.Customers;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Scalars;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Customers;

internal sealed class GradeGraphType : EnumerationGraphType<Grade>
{
    public GradeGraphType()
    {
        Name = "Grade";
        Description = "客户分级, best to worst (the order of Totals.householdsByGrade): 自动缴费型, 需提醒才缴费型, 多次提醒才缴费型, 多次提醒依然不缴费型.";
    }
}

internal sealed class CreditTagGraphType : EnumerationGraphType<CreditTag>
{
    public CreditTagGraphType()
    {
        Name = "CreditTag";
        Description = "客户信用标签: 从未欠费, 首次欠费, 多次欠费 (3+ episodes in 2 years), 长期欠费 (>180 days), 大额欠费 (≥ ¥5,000), 近期投诉 (180 days), 单位客户, 空置.";
    }
}

internal sealed class GradeOverrideGraphType : ObjectGraphType<GradeOverride>
{
    public GradeOverrideGraphType()
    {
        Name = "GradeOverride";
        Description = "A supervisor's grade in place of the automatic one.";
        Field<NonNullGraphType<GradeGraphType>>("grade").Allow(FieldAccess.Readers).Resolve(c => c.Source.Grade);
        Field<NonNullGraphType<StringGraphType>>("reason").Allow(FieldAccess.Readers).Resolve(c => c.Source.Reason);
        Field<NonNullGraphType<StringGraphType>>("by").Allow(FieldAccess.Readers).Resolve(c => c.Source.By);
        Field<NonNullGraphType<InstantGraphType>>("at").Allow(FieldAccess.Readers).Resolve(c => c.Source.At);
    }
}

internal sealed class CreditGraphType : ObjectGraphType<CreditAssessment>
{
    public CreditGraphType()
    {
        Name = "Credit";
        Description = "客户信用: tags and the probability of falling into (or staying in) arrears within three months (续欠概率).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CreditTagGraphType>>>>("tags").Allow(FieldAccess.Readers).Resolve(c => c.Source.Tags);
        Field<DecimalGraphType>("redefaultProbability").Allow(FieldAccess.Readers)
            .Description("0 to 1; from the group's model where it beats the grade, else the grade's rate in the training history; null before any training.")
            .Resolve(c => c.Source.RedefaultProbability);
        Field<StringGraphType>("modelVersion").Allow(FieldAccess.Readers)
            .Description("What gave the probability: e.g. \"v3\", or \"v3 (grade rates)\" when the model did not beat the grade.")
            .Resolve(c => c.Source.ModelVersion);
        Field<NonNullGraphType<GradeGraphType>>("automaticGrade").Allow(FieldAccess.Readers).Resolve(c => c.Source.AutomaticGrade);
    }
}

internal sealed class CreditModelGraphType : ObjectGraphType<CreditModelReport>
{
    public CreditModelGraphType()
    {
        Name = "CreditModel";
        Description = "A group's re-default model and its evaluation on a time-based holdout, beside the rule-based grade as the baseline.";
        Field<NonNullGraphType<IdGraphType>>("groupId").Allow(FieldAccess.Readers).Resolve(c => c.Source.GroupId);
        Field<NonNullGraphType<IntGraphType>>("version").Allow(FieldAccess.Readers).Resolve(c => c.Source.Version);
        Field<NonNullGraphType<InstantGraphType>>("trainedAt").Allow(FieldAccess.Readers).Resolve(c => c.Source.TrainedAt);
        Field<NonNullGraphType<BooleanGraphType>>("inUse").Allow(FieldAccess.Readers)
            .Description("Whether scores come from the model (its holdout AUC beats the grade's) or from the grades' rates.").Resolve(c => c.Source.InUse);
        Field<FloatGraphType>("auc").Allow(FieldAccess.Readers).Resolve(c => Finite(c.Source.Auc));
        Field<FloatGraphType>("ks").Allow(FieldAccess.Readers).Resolve(c => Finite(c.Source.Ks));
        Field<FloatGraphType>("topDecileLift").Allow(FieldAccess.Readers).Resolve(c => Finite(c.Source.TopDecileLift));
        Field<FloatGraphType>("baselineAuc").Allow(FieldAccess.Readers).Description("The rule-based grade's AUC on the same holdout.").Resolve(c => Finite(c.Source.BaselineAuc));
        Field<FloatGraphType>("baselineKs").Allow(FieldAccess.Readers).Resolve(c => Finite(c.Source.BaselineKs));
        Field<FloatGraphType>("baselineTopDecileLift").Allow(FieldAccess.Readers).Resolve(c => Finite(c.Source.BaselineTopDecileLift));
        Field<NonNullGraphType<IntGraphType>>("trainRows").Allow(FieldAccess.Readers).Resolve(c => c.Source.TrainRows);
        Field<NonNullGraphType<IntGraphType>>("trainHouseholds").Allow(FieldAccess.Readers).Resolve(c => c.Source.TrainHouseholds);
        Field<NonNullGraphType<IntGraphType>>("holdoutHouseholds").Allow(FieldAccess.Readers).Resolve(c => c.Source.HoldoutHouseholds);
        Field<NonNullGraphType<CalendarDateGraphType>>("trainedThrough").Allow(FieldAccess.Readers)
            .Description("The last day of any training outcome: before the holdout cut.").Resolve(c => c.Source.TrainedThrough);
        Field<NonNullGraphType<CalendarDateGraphType>>("holdoutCut").Allow(FieldAccess.Readers).Resolve(c => c.Source.HoldoutCut);
        Field<NonNullGraphType<FloatGraphType>>("holdoutPositiveRate").Allow(FieldAccess.Readers).Resolve(c => c.Source.HoldoutPositiveRate);
        Field<NonNullGraphType<FloatGraphType>>("trainSeconds").Allow(FieldAccess.Readers).Resolve(c => c.Source.TrainSeconds);
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
