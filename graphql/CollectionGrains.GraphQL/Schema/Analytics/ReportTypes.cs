using CollectionGrains.Analytics;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Scalars;
using CollectionGrains.GraphQL.Schema.Outreach;
using CollectionGrains.Outreach;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Analytics;

internal sealed class ReportCadenceGraphType : EnumerationGraphType<ReportCadence>
{
    public ReportCadenceGraphType() => Name = "ReportCadence";
}

internal sealed class ReportFormatGraphType : EnumerationGraphType<ReportFormat>
{
    public ReportFormatGraphType() => Name = "ReportFormat";
}

internal sealed class ReportScheduleGraphType : ObjectGraphType<ReportSchedule>
{
    public ReportScheduleGraphType()
    {
        Name = "ReportSchedule";
        Description = "Which analysis reports the node produces and delivers to its managers on its own: weekly (Monday 07:00, the week before) and monthly (07:00 on the 4th day after a month ends, once it is closed).";
        Field<NonNullGraphType<BooleanGraphType>>("weekly").Allow(FieldAccess.Readers).Resolve(c => c.Source.Weekly);
        Field<NonNullGraphType<BooleanGraphType>>("monthly").Allow(FieldAccess.Readers).Resolve(c => c.Source.Monthly);
        Field<StringGraphType>("changedBy").Allow(FieldAccess.Readers).Resolve(c => c.Source.ChangedBy);
        Field<InstantGraphType>("changedAt").Allow(FieldAccess.Readers).Resolve(c => c.Source.ChangedAt);
    }
}

internal sealed class AnalysisReportGraphType : ObjectGraphType<AnalysisReport>
{
    public AnalysisReportGraphType(IGrainFactory grains)
    {
        Name = "AnalysisReport";
        Description = "分析报告: a node's weekly or monthly report (finance figures, child nodes, six months, collection effect; a month's reasons and roll rates; a project's weekly ranking) as .xlsx and PDF, delivered to the node's managers.";
        Field<NonNullGraphType<IdGraphType>>("id").Allow(FieldAccess.Readers).Resolve(c => c.Source.ReportId);
        Field<NonNullGraphType<IdGraphType>>("nodeId").Allow(FieldAccess.Readers).Resolve(c => c.Source.NodeId);
        Field<NonNullGraphType<ReportCadenceGraphType>>("cadence").Allow(FieldAccess.Readers).Resolve(c => c.Source.Cadence);
        Field<NonNullGraphType<StringGraphType>>("title").Allow(FieldAccess.Readers).Resolve(c => c.Source.Title);
        Field<NonNullGraphType<CalendarDateGraphType>>("start").Allow(FieldAccess.Readers).Resolve(c => c.Source.Start);
        Field<NonNullGraphType<CalendarDateGraphType>>("end").Allow(FieldAccess.Readers).Resolve(c => c.Source.End);
        Field<NonNullGraphType<InstantGraphType>>("producedAt").Allow(FieldAccess.Readers).Resolve(c => c.Source.ProducedAt);
        Field<NonNullGraphType<StringGraphType>>("producedBy").Allow(FieldAccess.Readers).Description("The user who asked, or system for the schedule.").Resolve(c => c.Source.ProducedBy);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportDeliveryGraphType>>>>("deliveries").Allow(FieldAccess.Readers)
            .Description("The message to each manager of the node, as the outbox holds it now.")
            .ResolveAsync(async c => await grains.GetGrain<IMessageOutboxGrain>(0).GetAsync([.. c.Source.Recipients.Select(c.Source.MessageIdOf)]));
    }
}

internal sealed class ReportDeliveryGraphType : ObjectGraphType<OutboxMessage>
{
    public ReportDeliveryGraphType()
    {
        Name = "ReportDelivery";
        Field<NonNullGraphType<StringGraphType>>("username").Allow(FieldAccess.Readers).Resolve(c => c.Source.Recipient["user:".Length..]);
        Field<NonNullGraphType<MessageStatusGraphType>>("status").Allow(FieldAccess.Readers).Resolve(c => c.Source.Status);
        Field<InstantGraphType>("sentAt").Allow(FieldAccess.Readers).Resolve(c => c.Source.SentAt);
        Field<InstantGraphType>("deliveredAt").Allow(FieldAccess.Readers).Resolve(c => c.Source.DeliveredAt);
        Field<StringGraphType>("note").Allow(FieldAccess.Readers).Resolve(c => c.Source.Note);
    }
}

internal sealed class ScheduleReportsInputType : InputObjectGraphType
{
    public ScheduleReportsInputType()
    {
        Name = "ScheduleReportsInput";
        Field<NonNullGraphType<IdGraphType>>("nodeId");
        Field<NonNullGraphType<BooleanGraphType>>("weekly");
        Field<NonNullGraphType<BooleanGraphType>>("monthly");
    }
}

internal sealed class ProduceReportInputType : InputObjectGraphType
{
    public ProduceReportInputType()
    {
        Name = "ProduceReportInput";
        Description = "The report of the week (Monday to Sunday) or month holding the day.";
        Field<NonNullGraphType<IdGraphType>>("nodeId");
        Field<NonNullGraphType<ReportCadenceGraphType>>("cadence");
        Field<NonNullGraphType<CalendarDateGraphType>>("day");
    }
}
