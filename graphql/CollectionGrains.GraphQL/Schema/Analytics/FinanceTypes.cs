using CollectionGrains.Analytics;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Scalars;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Analytics;

internal sealed class FinanceReportGraphType : ObjectGraphType<FinanceReport>
{
    public FinanceReportGraphType()
    {
        Name = "FinanceReport";
        Description = "收费 / 欠费 / 预交 / 应收报表 of a node for a month, as of its last day (today for this month); a closed month's as first produced after the close.";
        Field<NonNullGraphType<IdGraphType>>("nodeId").Allow(FieldAccess.Readers).Resolve(c => c.Source.NodeId);
        Field<NonNullGraphType<PeriodGraphType>>("period").Allow(FieldAccess.Readers).Resolve(c => c.Source.Period);
        Field<NonNullGraphType<CalendarDateGraphType>>("asOf").Allow(FieldAccess.Readers).Resolve(c => c.Source.AsOf);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FinanceFiguresGraphType>>>>("items").Allow(FieldAccess.Readers).Description("By charge item.").Resolve(c => c.Source.Items);
        Field<NonNullGraphType<FinanceFiguresGraphType>>("total").Allow(FieldAccess.Readers).Resolve(c => c.Source.Total);
        Field<NonNullGraphType<MoneyGraphType>>("prepaid").Allow(FieldAccess.Readers).Description("预交: money paid and not yet allocated to a bill that day.").Resolve(c => c.Source.Prepaid);
        Field<InstantGraphType>("closedAt").Allow(FieldAccess.Readers).Description("When the closed month's report was kept; null while the month is open.").Resolve(c => c.Source.ClosedAt);
    }
}

internal sealed class FinanceFiguresGraphType : ObjectGraphType<FinanceFigures>
{
    public FinanceFiguresGraphType()
    {
        Name = "FinanceFigures";
        Field<NonNullGraphType<StringGraphType>>("itemCode").Allow(FieldAccess.Readers).Description("Empty for the total.").Resolve(c => c.Source.ItemCode);
        Field<NonNullGraphType<StringGraphType>>("itemName").Allow(FieldAccess.Readers).Resolve(c => c.Source.ItemName);
        Field<NonNullGraphType<MoneyGraphType>>("receivable").Allow(FieldAccess.Readers).Description("应收: principal of the month's bills.").Resolve(c => c.Source.Receivable);
        Field<NonNullGraphType<MoneyGraphType>>("collected").Allow(FieldAccess.Readers).Description("实收: what payments settled of that principal.").Resolve(c => c.Source.Collected);
        Field<NonNullGraphType<MoneyGraphType>>("lateFeesCollected").Allow(FieldAccess.Readers).Description("Late fees payments settled on the month's bills.").Resolve(c => c.Source.LateFeesCollected);
        Field<NonNullGraphType<MoneyGraphType>>("waived").Allow(FieldAccess.Readers).Description("减免: principal of the month's bills waived.").Resolve(c => c.Source.Waived);
        Field<DecimalGraphType>("collectionRate").Allow(FieldAccess.Readers).Description("收缴率: collected / receivable.").Resolve(c => c.Source.CollectionRate);
        Field<NonNullGraphType<MoneyGraphType>>("receivableYear").Allow(FieldAccess.Readers).Description("Principal of the year's bills.").Resolve(c => c.Source.ReceivableYear);
        Field<NonNullGraphType<MoneyGraphType>>("collectedYear").Allow(FieldAccess.Readers).Resolve(c => c.Source.CollectedYear);
        Field<DecimalGraphType>("collectionRateYear").Allow(FieldAccess.Readers).Resolve(c => c.Source.CollectionRateYear);
        Field<NonNullGraphType<MoneyGraphType>>("openingArrears").Allow(FieldAccess.Readers).Description("年初欠费: principal of earlier years' bills unpaid on 1 January.").Resolve(c => c.Source.OpeningArrears);
        Field<NonNullGraphType<MoneyGraphType>>("recovered").Allow(FieldAccess.Readers).Description("清欠: what payments settled of those since 1 January.").Resolve(c => c.Source.Recovered);
        Field<NonNullGraphType<MoneyGraphType>>("arrears").Allow(FieldAccess.Readers).Description("欠费: principal overdue that day.").Resolve(c => c.Source.Arrears);
    }
}
