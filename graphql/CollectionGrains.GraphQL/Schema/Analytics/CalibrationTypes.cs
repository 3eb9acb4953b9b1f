using CollectionGrains.Analytics;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Scalars;
using CollectionGrains.GraphQL.Schema.Customers;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Analytics;

internal sealed class CreditCalibrationGraphType : ObjectGraphType<CreditCalibration>
{
    public CreditCalibrationGraphType()
    {
        Name = "CreditCalibration";
        Description = "客户信用: how the group's latest re-default model did on households it never saw, for the projects below a node — by the probability band it gave them at the holdout cut and by their credit tags, against whether they were in arrears three months later.";
        Field<NonNullGraphType<IdGraphType>>("groupId").Allow(FieldAccess.Readers).Resolve(c => c.Source.GroupId);
        Field<NonNullGraphType<IntGraphType>>("modelVersion").Allow(FieldAccess.Readers).Resolve(c => c.Source.ModelVersion);
        Field<NonNullGraphType<BooleanGraphType>>("modelInUse").Allow(FieldAccess.Readers)
            .Description("False: the model did not beat the grade, so the probabilities are the grades' rates.").Resolve(c => c.Source.ModelInUse);
        Field<NonNullGraphType<CalendarDateGraphType>>("holdoutCut").Allow(FieldAccess.Readers).Resolve(c => c.Source.HoldoutCut);
        Field<NonNullGraphType<CalendarDateGraphType>>("outcomeDay").Allow(FieldAccess.Readers).Resolve(c => c.Source.OutcomeDay);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CalibrationRowGraphType>>>>("bands").Allow(FieldAccess.Readers)
            .Description("Below 10%, 10–30%, 30–50%, 50–70%, 70% and over.").Resolve(c => c.Source.Bands);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CalibrationRowGraphType>>>>("tags").Allow(FieldAccess.Readers)
            .Description("Each credit tag some household carried at the cut (a household may carry several).").Resolve(c => c.Source.Tags);
    }
}

internal sealed class CalibrationRowGraphType : ObjectGraphType<CalibrationRow>
{
    public CalibrationRowGraphType()
    {
        Name = "CalibrationRow";
        Field<DecimalGraphType>("low").Allow(FieldAccess.Readers).Resolve(c => c.Source.Low);
        Field<DecimalGraphType>("high").Allow(FieldAccess.Readers).Resolve(c => c.Source.High);
        Field<CreditTagGraphType>("tag").Allow(FieldAccess.Readers).Resolve(c => c.Source.Tag);
        Field<NonNullGraphType<IntGraphType>>("households").Allow(FieldAccess.Readers).Resolve(c => c.Source.Households);
        Field<NonNullGraphType<DecimalGraphType>>("predictedMean").Allow(FieldAccess.Readers).Description("The mean probability given (0 to 1).").Resolve(c => c.Source.PredictedMean);
        Field<NonNullGraphType<DecimalGraphType>>("actualRate").Allow(FieldAccess.Readers).Description("The share in arrears three months later (0 to 1).").Resolve(c => c.Source.ActualRate);
    }
}
