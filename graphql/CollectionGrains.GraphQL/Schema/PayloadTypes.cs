using CollectionGrains.Billing;
using CollectionGrains.GraphQL.Scalars;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema;

internal sealed class RunBillingPayloadType : ObjectGraphType<BillRunResult>
{
    public RunBillingPayloadType()
    {
        Name = "RunBillingPayload";
        Field<NonNullGraphType<IdGraphType>>("projectId").Resolve(c => c.Source.ProjectId);
        Field<NonNullGraphType<PeriodGraphType>>("period").Resolve(c => c.Source.Period);
        Field<NonNullGraphType<IntGraphType>>("households").Resolve(c => c.Source.Households);
        Field<NonNullGraphType<IntGraphType>>("billsIssued").Description("Bills issued by this run.").Resolve(c => c.Source.BillsIssued);
        Field<NonNullGraphType<IntGraphType>>("billsAlreadyIssued").Description("Bills an earlier run had issued.").Resolve(c => c.Source.BillsAlreadyIssued);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("skipped").Resolve(c => c.Source.Skipped);
    }
}

internal sealed class RecordPaymentPayloadType : ObjectGraphType<PaymentReceipt>
{
    public RecordPaymentPayloadType()
    {
        Name = "RecordPaymentPayload";
        Field<NonNullGraphType<PaymentGraphType>>("payment").Resolve(c => c.Source);
        Field<NonNullGraphType<BooleanGraphType>>("appliedNow")
            .Description("True when this call applied the payment; false when the same paymentId had been applied before (the first result is returned).")
            .Resolve(c => c.Source.AppliedNow);
        Field<NonNullGraphType<HouseholdGraphType>>("household").Resolve(c => new HouseholdNode(c.Source.HouseholdId));
    }
}

internal sealed class ReversePaymentPayloadType : ObjectGraphType<PaymentReceipt>
{
    public ReversePaymentPayloadType()
    {
        Name = "ReversePaymentPayload";
        Field<NonNullGraphType<PaymentGraphType>>("payment").Resolve(c => c.Source);
        Field<NonNullGraphType<HouseholdGraphType>>("household").Resolve(c => new HouseholdNode(c.Source.HouseholdId));
    }
}

internal sealed class WaiverPayloadType : ObjectGraphType<WaiverReceipt>
{
    public WaiverPayloadType()
    {
        Name = "WaiverPayload";
        Field<NonNullGraphType<IdGraphType>>("waiverId").Resolve(c => c.Source.WaiverId);
        Field<NonNullGraphType<IdGraphType>>("billId").Resolve(c => c.Source.BillId);
        Field<NonNullGraphType<WaiverKindGraphType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<MoneyGraphType>>("lateFee").Description("Late fee forgiven.").Resolve(c => c.Source.LateFee);
        Field<NonNullGraphType<MoneyGraphType>>("principal").Description("Principal forgiven.").Resolve(c => c.Source.Principal);
        Field<NonNullGraphType<CalendarDateGraphType>>("on").Resolve(c => c.Source.On);
        Field<NonNullGraphType<StringGraphType>>("reason").Resolve(c => c.Source.Reason);
        Field<NonNullGraphType<StringGraphType>>("approver").Resolve(c => c.Source.Approver);
        Field<NonNullGraphType<BooleanGraphType>>("appliedNow").Resolve(c => c.Source.AppliedNow);
    }
}

internal sealed class ImportPayloadType : ObjectGraphType<ImportReport>
{
    public ImportPayloadType()
    {
        Name = "ImportPayload";
        Description = "With any error nothing was imported.";
        Field<NonNullGraphType<BooleanGraphType>>("succeeded").Resolve(c => c.Source.Succeeded);
        Field<NonNullGraphType<IntGraphType>>("rows").Resolve(c => c.Source.Rows);
        Field<NonNullGraphType<IntGraphType>>("applied").Resolve(c => c.Source.Applied);
        Field<NonNullGraphType<IntGraphType>>("unchanged").Resolve(c => c.Source.Unchanged);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportErrorType>>>>("errors").Resolve(c => c.Source.Errors);
    }
}

internal sealed class ImportErrorType : ObjectGraphType<ImportError>
{
    public ImportErrorType()
    {
        Name = "ImportError";
        Field<NonNullGraphType<IntGraphType>>("row").Resolve(c => c.Source.Row);
        Field<NonNullGraphType<StringGraphType>>("column").Resolve(c => c.Source.Column);
        Field<NonNullGraphType<StringGraphType>>("message").Resolve(c => c.Source.Message);
    }
}
