using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Scalars;
using CollectionGrains.Organisation;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema;

internal sealed class TotalsGraphType : ObjectGraphType<Totals>
{
    public TotalsGraphType()
    {
        Name = "Totals";
        Description = "The exact roll-up of every household below a node.";
        Field<NonNullGraphType<LongGraphType>>("households").Allow(FieldAccess.Readers).Resolve(c => c.Source.Households);
        Field<NonNullGraphType<LongGraphType>>("householdsInArrears").Allow(FieldAccess.Readers).Resolve(c => c.Source.HouseholdsInArrears);
        Field<NonNullGraphType<LongGraphType>>("vacantHouseholds").Allow(FieldAccess.Readers).Resolve(c => c.Source.VacantHouseholds);
        Money("receivable", "Receivable for bills of the current period (month).", t => t.ReceivablePeriod);
        Money("collected", "Collected on bills of the current period.", t => t.CollectedPeriod);
        Money("receivableYear", "Receivable for bills of the current year.", t => t.ReceivableYear);
        Money("collectedYear", "Collected on bills of the current year.", t => t.CollectedYear);
        Field<NonNullGraphType<DecimalGraphType>>("collectionRate").Allow(FieldAccess.Readers).Description("收缴率: collected ÷ receivable, between 0 and 1.").Resolve(c => c.Source.CollectionRate);
        Field<NonNullGraphType<DecimalGraphType>>("collectionRateYear").Allow(FieldAccess.Readers).Description("年度收缴率: collected ÷ receivable for this year's bills so far, between 0 and 1.").Resolve(c => c.Source.CollectionRateYear);
        Field<NonNullGraphType<DecimalGraphType>>("recoveryRate").Allow(FieldAccess.Readers).Description("清欠率: recovered ÷ opening arrears of earlier years, between 0 and 1.").Resolve(c => c.Source.RecoveryRate);
        Money("openingArrears", "Principal of earlier years' bills unpaid on 1 January.", t => t.OpeningArrears);
        Money("recovered", "What of the opening arrears was paid since.", t => t.Recovered);
        Money("arrearsPrincipal", "Overdue unpaid principal.", t => t.ArrearsPrincipal);
        Money("lateFees", "Late fees owed.", t => t.LateFees);
        Money("prepaid", "Prepaid balances.", t => t.Prepaid);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgeBucketAmountGraphType>>>>("arrearsByAge").Allow(FieldAccess.Readers)
            .Resolve(c => c.Source.ArrearsByAge.Select((amount, i) => new AgeBucketAmount((CollectionGrains.Billing.AgeBucket)i, amount)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LongGraphType>>>>("householdsByGrade").Allow(FieldAccess.Readers)
            .Description("Households by grade: self-payer, pays after reminder, pays after repeated reminders, defaulter.").Resolve(c => c.Source.HouseholdsByGrade);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LongGraphType>>>>("householdsByContactClass").Allow(FieldAccess.Readers)
            .Description("Households with an open task by the class of their last contact, A to E.").Resolve(c => c.Source.HouseholdsByContactClass);
        Field<NonNullGraphType<LongGraphType>>("promisesOpen").Allow(FieldAccess.Readers).Description("Promises to pay not yet kept or broken.").Resolve(c => c.Source.PromisesOpen);
        Field<NonNullGraphType<LongGraphType>>("promisesKept").Allow(FieldAccess.Readers).Description("Promises kept this month.").Resolve(c => c.Source.PromisesKept);
        Field<NonNullGraphType<LongGraphType>>("promisesBroken").Allow(FieldAccess.Readers).Description("Promises broken this month.").Resolve(c => c.Source.PromisesBroken);
        Field<NonNullGraphType<LongGraphType>>("contactsThisWeek").Allow(FieldAccess.Readers).Description("Contacts dated this week (Monday to Sunday, China time).").Resolve(c => c.Source.ContactsThisWeek);
        Field<NonNullGraphType<LongGraphType>>("visitsThisMonth").Allow(FieldAccess.Readers).Description("Visits (上门) dated this month.").Resolve(c => c.Source.VisitsThisMonth);
        Field<NonNullGraphType<LongGraphType>>("visitsFlagged").Allow(FieldAccess.Readers).Description("Visits of this month flagged by their checks.").Resolve(c => c.Source.VisitsFlagged);
        Field<NonNullGraphType<LongGraphType>>("visitsCheating").Allow(FieldAccess.Readers).Description("Visits of this month confirmed as cheating (作弊) by a review.").Resolve(c => c.Source.VisitsCheating);
        Field<NonNullGraphType<LongGraphType>>("serviceOrdersOpen").Allow(FieldAccess.Readers).Description("Service orders (服务工单) not yet confirmed resolved.").Resolve(c => c.Source.ServiceOrdersOpen);
        Field<NonNullGraphType<LongGraphType>>("warningsOpen").Allow(FieldAccess.Readers).Description("催收预警 open at or below the node.").Resolve(c => c.Source.WarningsOpen);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LongGraphType>>>>("warningsByLevel").Allow(FieldAccess.Readers)
            .Description("Open warnings by whom they are with: collector, supervisor, project manager, branch.").Resolve(c => c.Source.WarningsByLevel);
        Field<NonNullGraphType<LongGraphType>>("serviceOrdersOverdue").Allow(FieldAccess.Readers).Description("Open service orders past their deadline.").Resolve(c => c.Source.ServiceOrdersOverdue);
    }

    private void Money(string name, string description, Func<Totals, decimal> figure) =>
        Field<NonNullGraphType<MoneyGraphType>>(name).Allow(FieldAccess.Readers).Description(description).Resolve(c => figure(c.Source));
}
