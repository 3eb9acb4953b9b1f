using CollectionGrains.Collection;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Scalars;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Collection;

internal sealed class WarningKindGraphType : EnumerationGraphType<WarningKind>
{
    public WarningKindGraphType() => Name = "WarningKind";
}

internal sealed class WarningLevelGraphType : EnumerationGraphType<WarningLevel>
{
    public WarningLevelGraphType() => Name = "WarningLevel";
}

internal sealed class WarningStatusGraphType : EnumerationGraphType
{
    public WarningStatusGraphType()
    {
        Name = "WarningStatus";
        Add("OPEN", true, "Its cause still holds.");
        Add("CLEARED", false, "Its cause went away (a contact, a visit, a service order, a payment).");
    }
}

internal sealed class WarningGraphType : ObjectGraphType<Warning>
{
    public WarningGraphType()
    {
        Name = "Warning";
        Description = "催收预警: a stalled or risky case, with whom it is now; it climbs a level every few days while its cause holds.";
        Field<NonNullGraphType<IdGraphType>>("id").Allow(FieldAccess.Readers).Resolve(c => c.Source.WarningId);
        Field<NonNullGraphType<WarningKindGraphType>>("kind").Allow(FieldAccess.Readers).Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<WarningLevelGraphType>>("level").Allow(FieldAccess.Readers).Resolve(c => c.Source.Level);
        Field<NonNullGraphType<StringGraphType>>("detail").Allow(FieldAccess.Readers).Description("What is wrong, in Chinese.").Resolve(c => c.Source.Detail);
        Field<NonNullGraphType<HouseholdGraphType>>("household").Allow(FieldAccess.Readers).Resolve(c => new HouseholdNode(c.Source.HouseholdId));
        Field<StringGraphType>("collector").Allow(FieldAccess.Readers).Description("The task's collector, whom it goes to first.").Resolve(c => c.Source.Collector);
        Field<IdGraphType>("taskId").Allow(FieldAccess.Readers).Resolve(c => c.Source.TaskId);
        Field<ContactMethodGraphType>("suggestedMethod").Allow(FieldAccess.Readers).Description("What the procedure suggests doing.").Resolve(c => c.Source.SuggestedMethod);
        Field<NonNullGraphType<InstantGraphType>>("raisedAt").Allow(FieldAccess.Readers).Resolve(c => c.Source.RaisedAt);
        Field<NonNullGraphType<InstantGraphType>>("changedAt").Allow(FieldAccess.Readers).Description("Raised, climbed or cleared last.").Resolve(c => c.Source.ChangedAt);
        Field<CalendarDateGraphType>("clearedOn").Allow(FieldAccess.Readers).Resolve(c => c.Source.ClearedOn);
    }
}

internal sealed class WarningConnectionGraphType : ObjectGraphType<WarningPage>
{
    public WarningConnectionGraphType()
    {
        Name = "WarningConnection";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WarningGraphType>>>>("warnings").Allow(FieldAccess.Readers).Resolve(c => c.Source.Warnings);
        Field<StringGraphType>("endCursor").Allow(FieldAccess.Readers).Resolve(c => c.Source.Next);
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Allow(FieldAccess.Readers).Resolve(c => c.Source.Next is not null);
    }
}

internal sealed class WarningRulesGraphType : ObjectGraphType<WarningRules>
{
    public WarningRulesGraphType()
    {
        Name = "WarningRules";
        Description = "预警规则: days an open task may go without a contact (before its first class, and per class), days class C may go without a visit, days before an unhandled warning climbs.";
        foreach (var (name, value) in Figures)
        {
            Field<NonNullGraphType<IntGraphType>>(name).Allow(FieldAccess.Readers).Resolve(c => value(c.Source));
        }
    }

    public static readonly (string Name, Func<WarningRules, int> Value)[] Figures =
    [
        ("noContactDaysFirstRound", r => r.NoContactDaysFirstRound), ("noContactDaysA", r => r.NoContactDaysA), ("noContactDaysB", r => r.NoContactDaysB),
        ("noContactDaysC", r => r.NoContactDaysC), ("noContactDaysD", r => r.NoContactDaysD), ("noContactDaysE", r => r.NoContactDaysE),
        ("visitDaysC", r => r.VisitDaysC), ("climbAfterDays", r => r.ClimbAfterDays),
    ];
}

internal sealed class SetWarningRulesInputType : InputObjectGraphType
{
    public SetWarningRulesInputType()
    {
        Name = "SetWarningRulesInput";
        Description = "What is left out keeps its current value.";
        Field<NonNullGraphType<IdGraphType>>("projectId");
        foreach (var (name, _) in WarningRulesGraphType.Figures)
        {
            Field<IntGraphType>(name);
        }
    }
}
