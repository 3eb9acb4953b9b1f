using CollectionGrains.Kernel.Tabular;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.Billing;
using CollectionGrains.GraphQL.Scalars;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema;

internal sealed class RunBillingPayloadType : ObjectGraphType<BillRunResult>
{
    public RunBillingPayloadType()
    {
        Name = "RunBillingPayload";
        Field<NonNullGraphType<IdGraphType>>("projectId").Allow(FieldAccess.Readers).Resolve(c => c.Source.ProjectId);
        Field<NonNullGraphType<PeriodGraphType>>("period").Allow(FieldAccess.Readers).Resolve(c => c.Source.Period);
        Field<NonNullGraphType<IntGraphType>>("households").Allow(FieldAccess.Readers).Resolve(c => c.Source.Households);
        Field<NonNullGraphType<IntGraphType>>("billsIssued").Allow(FieldAccess.Readers).Description("Bills issued by this run.").Resolve(c => c.Source.BillsIssued);
        Field<NonNullGraphType<IntGraphType>>("billsAlreadyIssued").Allow(FieldAccess.Readers).Description("Bills an earlier run had issued.").Resolve(c => c.Source.BillsAlreadyIssued);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("skipped").Allow(FieldAccess.Readers).Resolve(c => c.Source.Skipped);
    }
}

internal sealed class RecordPaymentPayloadType : ObjectGraphType<PaymentReceipt>
{
    public RecordPaymentPayloadType()
    {
        Name = "RecordPaymentPayload";
        Field<NonNullGraphType<PaymentGraphType>>("payment").Allow(FieldAccess.Readers).Resolve(c => c.Source);
        Field<NonNullGraphType<BooleanGraphType>>("appliedNow").Allow(FieldAccess.Readers)
            .Description("True when this call applied the payment; false when the same paymentId had been applied before (the first result is returned).")
            .Resolve(c => c.Source.AppliedNow);
        Field<NonNullGraphType<HouseholdGraphType>>("household").Allow(FieldAccess.Readers).Resolve(c => new HouseholdNode(c.Source.HouseholdId));
    }
}

internal sealed class ReversePaymentPayloadType : ObjectGraphType<PaymentReceipt>
{
    public ReversePaymentPayloadType()
    {
        Name = "ReversePaymentPayload";
        Field<NonNullGraphType<PaymentGraphType>>("payment").Allow(FieldAccess.Readers).Resolve(c => c.Source);
        Field<NonNullGraphType<HouseholdGraphType>>("household").Allow(FieldAccess.Readers).Resolve(c => new HouseholdNode(c.Source.HouseholdId));
    }
}

internal sealed class WaiverPayloadType : ObjectGraphType<WaiverReceipt>
{
    public WaiverPayloadType()
    {
        Name = "WaiverPayload";
        Field<NonNullGraphType<IdGraphType>>("waiverId").Allow(FieldAccess.Readers).Resolve(c => c.Source.WaiverId);
        Field<NonNullGraphType<IdGraphType>>("billId").Allow(FieldAccess.Readers).Resolve(c => c.Source.BillId);
        Field<NonNullGraphType<WaiverKindGraphType>>("kind").Allow(FieldAccess.Readers).Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<MoneyGraphType>>("lateFee").Allow(FieldAccess.Readers).Description("Late fee forgiven.").Resolve(c => c.Source.LateFee);
        Field<NonNullGraphType<MoneyGraphType>>("principal").Allow(FieldAccess.Readers).Description("Principal forgiven.").Resolve(c => c.Source.Principal);
        Field<NonNullGraphType<CalendarDateGraphType>>("on").Allow(FieldAccess.Readers).Resolve(c => c.Source.On);
        Field<NonNullGraphType<StringGraphType>>("reason").Allow(FieldAccess.Readers).Resolve(c => c.Source.Reason);
        Field<NonNullGraphType<StringGraphType>>("requestedBy").Allow(FieldAccess.Readers).Description("The user who asked for the waiver.").Resolve(c => c.Source.RequestedBy);
        Field<NonNullGraphType<StringGraphType>>("approver").Allow(FieldAccess.Readers)
            .Description("The user who approved it: whoever asked, within the project's limit; a second person above it; empty while it waits.").Resolve(c => c.Source.Approver);
        Field<NonNullGraphType<BooleanGraphType>>("awaitingApproval").Allow(FieldAccess.Readers)
            .Description("Above the project's limit: nothing is forgiven until another user approves it (approveWaiver).").Resolve(c => c.Source.AwaitingApproval);
        Field<NonNullGraphType<BooleanGraphType>>("appliedNow").Allow(FieldAccess.Readers).Resolve(c => c.Source.AppliedNow);
    }
}

internal sealed class ImportPayloadType : ObjectGraphType<ImportReport>
{
    public ImportPayloadType()
    {
        Name = "ImportPayload";
        Description = "With any error nothing was imported.";
        Field<NonNullGraphType<BooleanGraphType>>("succeeded").Allow(FieldAccess.Readers).Resolve(c => c.Source.Succeeded);
        Field<NonNullGraphType<IntGraphType>>("rows").Allow(FieldAccess.Readers).Resolve(c => c.Source.Rows);
        Field<NonNullGraphType<IntGraphType>>("applied").Allow(FieldAccess.Readers).Resolve(c => c.Source.Applied);
        Field<NonNullGraphType<IntGraphType>>("unchanged").Allow(FieldAccess.Readers).Resolve(c => c.Source.Unchanged);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportErrorType>>>>("errors").Allow(FieldAccess.Readers).Resolve(c => c.Source.Errors);
    }
}

internal sealed class ImportErrorType : ObjectGraphType<ImportError>
{
    public ImportErrorType()
    {
        Name = "ImportError";
        Field<NonNullGraphType<IntGraphType>>("row").Allow(FieldAccess.Readers).Resolve(c => c.Source.Row);
        Field<NonNullGraphType<StringGraphType>>("column").Allow(FieldAccess.Readers).Resolve(c => c.Source.Column);
        Field<NonNullGraphType<StringGraphType>>("message").Allow(FieldAccess.Readers).Resolve(c => c.Source.Message);
    }
}
