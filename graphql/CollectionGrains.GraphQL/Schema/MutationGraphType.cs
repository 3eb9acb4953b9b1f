using System.Text;
using CollectionGrains.Billing;
using CollectionGrains.GraphQL.Errors;
using CollectionGrains.Kernel;
using GraphQL;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema;

internal sealed class MutationGraphType : ObjectGraphType
{
    public MutationGraphType(IGrainFactory grains, BusinessClock clock)
    {
        Name = "Mutation";
        Field<NonNullGraphType<RunBillingPayloadType>>("runBilling")
            .Description("Bills every household of a project for a period; running it again issues nothing new.")
            .Argument<NonNullGraphType<RunBillingInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = Input(c);
                return await grains.GetGrain<IBillingProjectGrain>(Text(input, "projectId")).RunBillingAsync((Period)input["period"]!);
            });
        Field<NonNullGraphType<RecordPaymentPayloadType>>("recordPayment")
            .Description("Records a payment, idempotent by paymentId; acknowledged only once it is stored.")
            .Argument<NonNullGraphType<RecordPaymentInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = Input(c);
                var payment = new PaymentRequest(Text(input, "paymentId"), (decimal)input["amount"]!, (PaymentChannel)input["channel"]!, (DateTimeOffset)input["paidAt"]!);
                return await (await Household(grains, Text(input, "householdId"))).RecordPaymentAsync(payment);
            });
        Field<NonNullGraphType<ReversePaymentPayloadType>>("reversePayment")
            .Description("Reverses a payment (e.g. a bounced bank withholding): its allocations are undone and the arrears return.")
            .Argument<NonNullGraphType<ReversePaymentInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = Input(c);
                return await (await Household(grains, Text(input, "householdId"))).ReversePaymentAsync(Text(input, "paymentId"), Text(input, "reason"));
            });
        Field<NonNullGraphType<WaiverPayloadType>>("waiveLateFee")
            .Description("减免: waives a bill's late fee (or part of it), with a reason and an approver.")
            .Argument<NonNullGraphType<WaiveLateFeeInputType>>("input")
            .ResolveAsync(async c => await WaiveAsync(grains, clock, Input(c), WaiverKind.LateFee));
        Field<NonNullGraphType<WaiverPayloadType>>("waiveBill")
            .Description("减免: waives everything still due on a bill, with a reason and an approver.")
            .Argument<NonNullGraphType<WaiveBillInputType>>("input")
            .ResolveAsync(async c => await WaiveAsync(grains, clock, Input(c), WaiverKind.Bill));
        Import("importHouseholds", "Households (楼栋路径, 房号, 面积, 业主姓名, 客户类型, 电话, 空置, 入住日期).", (g, file) => g.ImportHouseholdsAsync(file));
        Import("importOpeningArrears", "Historic unpaid bills (楼栋路径, 房号, 收费项目编码, 收费项目, 账期, 应缴日期, 欠费金额).", (g, file) => g.ImportOpeningArrearsAsync(file));
        Import("importBankWithholding", "A bank-withholding result file (流水号, 楼栋路径, 房号, 金额, 扣款时间), each payment idempotent by 流水号.", (g, file) => g.ImportBankWithholdingAsync(file));
        return;

        void Import(string name, string description, Func<IImportGrain, byte[], Task<ImportReport>> import) =>
            Field<NonNullGraphType<ImportPayloadType>>(name)
                .Description(description + " The whole file is checked first; any bad row means nothing is imported.")
                .Argument<NonNullGraphType<ImportInputType>>("input")
                .ResolveAsync(async c =>
                {
                    var input = Input(c);
                    return await import(grains.GetGrain<IImportGrain>(Text(input, "groupId")), FileContent(input));
                });
    }

    private static Dictionary<string, object?> Input(IResolveFieldContext context) => context.GetArgument<Dictionary<string, object?>>("input");

    private static string Text(Dictionary<string, object?> input, string field) =>
        input[field] is string { Length: > 0 and <= 200 } text && !string.IsNullOrWhiteSpace(text)
            ? text
            : throw ApiError.BadInput($"{field} must be 1 to 200 characters");

    private static async Task<IHouseholdGrain> Household(IGrainFactory grains, string householdId)
    {
        var household = grains.GetGrain<IHouseholdGrain>(householdId);
        return await household.GetProfileAsync() is null ? throw ApiError.NotFound($"household {householdId} does not exist") : household;
    }

    private static async Task<WaiverReceipt> WaiveAsync(IGrainFactory grains, BusinessClock clock, Dictionary<string, object?> input, WaiverKind kind)
    {
        var household = await Household(grains, Text(input, "householdId"));
        var waiver = new WaiverRequest(
            Text(input, "waiverId"), Text(input, "billId"), kind, (decimal?)input.GetValueOrDefault("amount"),
            (DateOnly?)input.GetValueOrDefault("on") ?? clock.Today,
            Text(input, "reason"), Text(input, "approver"));
        return await household.WaiveAsync(waiver);
    }

    private static byte[] FileContent(Dictionary<string, object?> input)
    {
        var content = (string)input["content"]!;
        if ((FileFormat)input["format"]! == FileFormat.Csv)
        {
            return Encoding.UTF8.GetBytes(content);
        }
        try
        {
            return Convert.FromBase64String(content);
        }
        catch (FormatException)
        {
            throw ApiError.BadInput("content is not base64 (an .xlsx workbook is sent in base64)");
        }
    }
}
