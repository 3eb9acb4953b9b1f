using CollectionGrains.GraphQL.Scalars;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema;

internal sealed class RunBillingInputType : InputObjectGraphType
{
    public RunBillingInputType()
    {
        Name = "RunBillingInput";
        Field<NonNullGraphType<IdGraphType>>("projectId");
        Field<NonNullGraphType<PeriodGraphType>>("period");
    }
}

internal sealed class RecordPaymentInputType : InputObjectGraphType
{
    public RecordPaymentInputType()
    {
        Name = "RecordPaymentInput";
        Field<NonNullGraphType<IdGraphType>>("paymentId").Description("Chosen by the client; the same id again returns the first result.");
        Field<NonNullGraphType<IdGraphType>>("householdId");
        Field<NonNullGraphType<MoneyGraphType>>("amount");
        Field<NonNullGraphType<PaymentChannelGraphType>>("channel");
        Field<NonNullGraphType<InstantGraphType>>("paidAt");
    }
}

internal sealed class ReversePaymentInputType : InputObjectGraphType
{
    public ReversePaymentInputType()
    {
        Name = "ReversePaymentInput";
        Field<NonNullGraphType<IdGraphType>>("householdId");
        Field<NonNullGraphType<IdGraphType>>("paymentId");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why, e.g. the bank withholding bounced.");
    }
}

internal abstract class WaiveInputType : InputObjectGraphType
{
    protected WaiveInputType(string name, bool withAmount)
    {
        Name = name;
        Field<NonNullGraphType<IdGraphType>>("waiverId").Description("Chosen by the client; the same id again returns the first result.");
        Field<NonNullGraphType<IdGraphType>>("householdId");
        Field<NonNullGraphType<IdGraphType>>("billId");
        if (withAmount)
        {
            Field<MoneyGraphType>("amount").Description("How much of the late fee; all that is due when left out.");
        }
        Field<CalendarDateGraphType>("on").Description("The day of the waiver; today when left out.");
        Field<NonNullGraphType<StringGraphType>>("reason");
    }
}

internal sealed class WaiveLateFeeInputType() : WaiveInputType("WaiveLateFeeInput", withAmount: true);

internal sealed class WaiveBillInputType() : WaiveInputType("WaiveBillInput", withAmount: false);

internal sealed class ApproveWaiverInputType : InputObjectGraphType
{
    public ApproveWaiverInputType()
    {
        Name = "ApproveWaiverInput";
        Field<NonNullGraphType<IdGraphType>>("householdId");
        Field<NonNullGraphType<IdGraphType>>("waiverId");
    }
}

internal sealed class ImportInputType : InputObjectGraphType
{
    public ImportInputType()
    {
        Name = "ImportInput";
        Field<NonNullGraphType<IdGraphType>>("groupId").Description("The group whose buildings the file's 楼栋路径 names.");
        Field<NonNullGraphType<FileFormatGraphType>>("format");
        Field<NonNullGraphType<StringGraphType>>("content").Description("The file: CSV as text, or an .xlsx workbook in base64.");
    }
}
