using CollectionGrains.Analytics;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Scalars;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Analytics;

internal sealed class RollStateGraphType : EnumerationGraphType
{
    public RollStateGraphType()
    {
        Name = "RollState";
        Description = "Where a household stands on a day: CURRENT (nothing overdue) or the age bucket of its oldest overdue bill (named as AgeBucket's).";
        Add("CURRENT", RollState.Current, "nothing overdue");
        Add("DAYS_0_30", RollState.Days0To30, "the oldest overdue bill is 1–30 days past its due date");
        Add("DAYS_31_90", RollState.Days31To90);
        Add("DAYS_91_180", RollState.Days91To180);
        Add("DAYS_181_365", RollState.Days181To365);
        Add("OVER_365", RollState.Over365);
    }
}

internal sealed class RollMonthGraphType : ObjectGraphType<RollMonth>
{
    public RollMonthGraphType()
    {
        Name = "RollMonth";
        Description = "迁徙率 of one month: the households by where they stood on the previous month's last day (before) and on this month's (after; today for the month running).";
        Field<NonNullGraphType<PeriodGraphType>>("month").Allow(FieldAccess.Readers).Resolve(c => c.Source.Month);
        Field<NonNullGraphType<CalendarDateGraphType>>("before").Allow(FieldAccess.Readers).Resolve(c => c.Source.Before);
        Field<NonNullGraphType<CalendarDateGraphType>>("after").Allow(FieldAccess.Readers).Resolve(c => c.Source.After);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RollCellGraphType>>>>("cells").Allow(FieldAccess.Readers)
            .Description("Each pair of states with households in it, by from then to.").Resolve(c => c.Source.Cells);
    }
}

internal sealed class RollCellGraphType : ObjectGraphType<RollCell>
{
    public RollCellGraphType()
    {
        Name = "RollCell";
        Field<NonNullGraphType<RollStateGraphType>>("from").Allow(FieldAccess.Readers).Resolve(c => c.Source.From);
        Field<NonNullGraphType<RollStateGraphType>>("to").Allow(FieldAccess.Readers).Resolve(c => c.Source.To);
        Field<NonNullGraphType<IntGraphType>>("households").Allow(FieldAccess.Readers).Resolve(c => c.Source.Households);
        Field<NonNullGraphType<MoneyGraphType>>("overdueBefore").Allow(FieldAccess.Readers)
            .Description("Their overdue principal on the day before (late fees not included).").Resolve(c => c.Source.OverdueBefore);
        Field<NonNullGraphType<MoneyGraphType>>("overdueAfter").Allow(FieldAccess.Readers).Description("Their overdue principal on the day after.").Resolve(c => c.Source.OverdueAfter);
        Field<NonNullGraphType<DecimalGraphType>>("share").Allow(FieldAccess.Readers)
            .Description("Of the households that stood at `from` on the day before, the share (0 to 1) that stood at `to` after: the roll rate.").Resolve(c => c.Source.Share);
    }
}
