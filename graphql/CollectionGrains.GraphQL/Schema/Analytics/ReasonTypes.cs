using CollectionGrains.Analytics;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Scalars;
using CollectionGrains.GraphQL.Schema.Collection;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Analytics;

internal sealed class ReasonCutGraphType : EnumerationGraphType<ReasonCut>
{
    public ReasonCutGraphType()
    {
        Name = "ReasonCut";
        Description = "What arrears reasons are cut by: nothing, customer type, grade (as the case holds it now), age bucket at the period's end, vacancy, or the node's children.";
    }
}

internal sealed class ReasonRowGraphType : ObjectGraphType<ReasonRow>
{
    public ReasonRowGraphType()
    {
        Name = "ReasonRow";
        Description = "欠费原因 of one group: households whose last recorded reason at the period's end is this one (or overdue then with none recorded), within one value of the cut.";
        Field<ArrearsReasonCategoryGraphType>("category").Allow(FieldAccess.Readers).Description("Null: overdue with no reason recorded.").Resolve(c => c.Source.Category);
        Field<NonNullGraphType<StringGraphType>>("reason").Allow(FieldAccess.Readers).Description("The reason in the household's words, trimmed (empty when none).").Resolve(c => c.Source.Reason);
        Field<NonNullGraphType<StringGraphType>>("cut").Allow(FieldAccess.Readers)
            .Description("The cut's value as stored: Individual, Defaulter, Days31To90, Vacant, a child node's id … (empty without a cut).").Resolve(c => c.Source.Cut);
        Field<NonNullGraphType<StringGraphType>>("cutLabel").Allow(FieldAccess.Readers).Description("What to show: 个人, 31–90天, the node's name …").Resolve(c => c.Source.CutLabel);
        Field<NonNullGraphType<IntGraphType>>("households").Allow(FieldAccess.Readers).Resolve(c => c.Source.Households);
        Field<NonNullGraphType<MoneyGraphType>>("overdue").Allow(FieldAccess.Readers).Description("Overdue principal at the period's end.").Resolve(c => c.Source.Overdue);
        Field<NonNullGraphType<MoneyGraphType>>("receivable").Allow(FieldAccess.Readers).Description("Principal of their bills of the period.").Resolve(c => c.Source.Receivable);
        Field<NonNullGraphType<MoneyGraphType>>("collected").Allow(FieldAccess.Readers).Description("What payments settled of those bills by the period's end.").Resolve(c => c.Source.Collected);
        Field<DecimalGraphType>("collectionRate").Allow(FieldAccess.Readers).Description("collected / receivable (0 to 1); null when nothing was billed.").Resolve(c => c.Source.CollectionRate);
    }
}
