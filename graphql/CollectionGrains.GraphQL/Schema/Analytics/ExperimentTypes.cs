using CollectionGrains.Analytics;
using CollectionGrains.Collection;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Scalars;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Analytics;

internal sealed class ExperimentArmGraphType : EnumerationGraphType<ExperimentArm>
{
    public ExperimentArmGraphType() => Name = "ExperimentArm";
}

internal sealed class ScriptExperimentGraphType : ObjectGraphType<ScriptExperiment>
{
    public ScriptExperimentGraphType()
    {
        Name = "ScriptExperiment";
        Description = "话术 A/B: a challenger script tried against the champion for the champion's situation; while it runs each household's plan suggests the script of its arm (stable per household, half and half).";
        Field<NonNullGraphType<IdGraphType>>("id").Allow(FieldAccess.Readers).Resolve(c => c.Source.ExperimentId);
        Field<NonNullGraphType<StringGraphType>>("name").Allow(FieldAccess.Readers).Resolve(c => c.Source.Name);
        Field<NonNullGraphType<IdGraphType>>("championScriptId").Allow(FieldAccess.Readers).Resolve(c => c.Source.ChampionScriptId);
        Field<NonNullGraphType<IdGraphType>>("challengerScriptId").Allow(FieldAccess.Readers).Resolve(c => c.Source.ChallengerScriptId);
        Field<NonNullGraphType<InstantGraphType>>("startedAt").Allow(FieldAccess.Readers).Resolve(c => c.Source.StartedAt);
        Field<NonNullGraphType<StringGraphType>>("startedBy").Allow(FieldAccess.Readers).Resolve(c => c.Source.StartedBy);
        Field<InstantGraphType>("stoppedAt").Allow(FieldAccess.Readers).Resolve(c => c.Source.StoppedAt);
        Field<StringGraphType>("stoppedBy").Allow(FieldAccess.Readers).Resolve(c => c.Source.StoppedBy);
        Field<NonNullGraphType<BooleanGraphType>>("running").Allow(FieldAccess.Readers).Resolve(c => c.Source.IsRunning);
    }
}

internal sealed class ExperimentReportGraphType : ObjectGraphType<ExperimentReport>
{
    public ExperimentReportGraphType()
    {
        Name = "ExperimentReport";
        Description = "An experiment's evidence: each arm's 7-day conversion, the challenger's rate less the champion's with its 95% interval, and a two-proportion z-test.";
        Field<NonNullGraphType<ScriptExperimentGraphType>>("experiment").Allow(FieldAccess.Readers).Resolve(c => c.Source.Experiment);
        Field<NonNullGraphType<ArmResultGraphType>>("champion").Allow(FieldAccess.Readers).Resolve(c => c.Source.Champion);
        Field<NonNullGraphType<ArmResultGraphType>>("challenger").Allow(FieldAccess.Readers).Resolve(c => c.Source.Challenger);
        Field<DecimalGraphType>("difference").Allow(FieldAccess.Readers).Description("Challenger's rate less the champion's; null until both arms have decided households.").Resolve(c => c.Source.Difference);
        Field<DecimalGraphType>("differenceLow").Allow(FieldAccess.Readers).Resolve(c => c.Source.DifferenceLow);
        Field<DecimalGraphType>("differenceHigh").Allow(FieldAccess.Readers).Resolve(c => c.Source.DifferenceHigh);
        Field<DecimalGraphType>("pValue").Allow(FieldAccess.Readers).Description("Two-sided, pooled two-proportion z-test.").Resolve(c => c.Source.PValue);
        Field<NonNullGraphType<BooleanGraphType>>("significant").Allow(FieldAccess.Readers)
            .Description($"p < 0.05 with at least {ExperimentReport.MinimumDecided} decided households in each arm.").Resolve(c => c.Source.Significant);
    }
}

internal sealed class ArmResultGraphType : ObjectGraphType<ArmResult>
{
    public ArmResultGraphType()
    {
        Name = "ArmResult";
        Description = "One arm: households assigned to it and contacted with either script while the experiment ran (counted in their assigned arm whatever script was used).";
        Field<NonNullGraphType<ExperimentArmGraphType>>("arm").Allow(FieldAccess.Readers).Resolve(c => c.Source.Arm);
        Field<NonNullGraphType<IdGraphType>>("scriptId").Allow(FieldAccess.Readers).Resolve(c => c.Source.ScriptId);
        Field<NonNullGraphType<IntGraphType>>("households").Allow(FieldAccess.Readers).Resolve(c => c.Source.Households);
        Field<NonNullGraphType<IntGraphType>>("contacts").Allow(FieldAccess.Readers).Resolve(c => c.Source.Contacts);
        Field<NonNullGraphType<IntGraphType>>("contactsWithArmScript").Allow(FieldAccess.Readers).Description("Of the contacts, those that used this arm's script.").Resolve(c => c.Source.ContactsWithArmScript);
        Field<NonNullGraphType<IntGraphType>>("decided").Allow(FieldAccess.Readers).Description("Households whose 7 days after the first contact are over.").Resolve(c => c.Source.Decided);
        Field<NonNullGraphType<IntGraphType>>("converted").Allow(FieldAccess.Readers).Description("Decided households that paid within those 7 days.").Resolve(c => c.Source.Converted);
        Field<NonNullGraphType<IntGraphType>>("paidSoFar").Allow(FieldAccess.Readers).Description("All households that paid within 7 days of the first contact, decided or not.").Resolve(c => c.Source.PaidSoFar);
        Field<DecimalGraphType>("conversionRate").Allow(FieldAccess.Readers).Description("converted / decided; null before any is decided.").Resolve(c => c.Source.ConversionRate);
        Field<DecimalGraphType>("low").Allow(FieldAccess.Readers).Description("95% Wilson interval.").Resolve(c => c.Source.Low);
        Field<DecimalGraphType>("high").Allow(FieldAccess.Readers).Resolve(c => c.Source.High);
    }
}

internal sealed class ExperimentPayloadType : ObjectGraphType<ScriptExperiment>
{
    public ExperimentPayloadType()
    {
        Name = "ExperimentPayload";
        Field<NonNullGraphType<ScriptExperimentGraphType>>("experiment").Allow(FieldAccess.Readers).Resolve(c => c.Source);
    }
}

internal sealed class StartExperimentInputType : InputObjectGraphType
{
    public StartExperimentInputType()
    {
        Name = "StartExperimentInput";
        Field<NonNullGraphType<IdGraphType>>("projectId");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<IdGraphType>>("championScriptId").Description("The script the plan suggests now for its situation.");
        Field<NonNullGraphType<IdGraphType>>("challengerScriptId").Description("A script for the same situation (method, class, grade) to try against it.");
    }
}

internal sealed class StopExperimentInputType : InputObjectGraphType
{
    public StopExperimentInputType()
    {
        Name = "StopExperimentInput";
        Field<NonNullGraphType<IdGraphType>>("projectId");
        Field<NonNullGraphType<IdGraphType>>("experimentId");
    }
}
