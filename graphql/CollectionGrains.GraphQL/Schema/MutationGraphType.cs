using CollectionGrains.Kernel.Tabular;
using System.Text;
using CollectionGrains.Access;
using CollectionGrains.Billing;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Errors;
using CollectionGrains.Kernel;
using GraphQL;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema;

internal sealed class MutationGraphType : ObjectGraphType
{
    public MutationGraphType(IGrainFactory grains, BusinessClock clock, AccessTokens tokens)
    {
        Name = "Mutation";
        Field<NonNullGraphType<LoginPayloadType>>("login").Allow(FieldAccess.Anonymous)
            .Description("Signs in: a token for Authorization: Bearer <token>. Repeated failures wait (per user and per address).")
            .Argument<NonNullGraphType<LoginInputType>>("input")
            .ResolveAsync(async c => await Users.SignIn.LoginAsync(grains, tokens, c));
        Field<NonNullGraphType<RunBillingPayloadType>>("runBilling").Allow(FieldAccess.FinanceOnly.InScopeOf(ScopeCheck.Node("input.projectId")))
            .Description("Bills every household of a project for a period; running it again issues nothing new.")
            .Argument<NonNullGraphType<RunBillingInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = Collection.CollectionInputs.Input(c);
                return await grains.GetGrain<IBillingProjectGrain>(Text(input, "projectId")).RunBillingAsync((Period)input["period"]!);
            });
        Field<NonNullGraphType<RecordPaymentPayloadType>>("recordPayment").Allow(FieldAccess.Payments.InScopeOf(InputHousehold))
            .Description("Records a payment, idempotent by paymentId; acknowledged only once it is stored.")
            .Argument<NonNullGraphType<RecordPaymentInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = Collection.CollectionInputs.Input(c);
                var payment = new PaymentRequest(Text(input, "paymentId"), (decimal)input["amount"]!, (PaymentChannel)input["channel"]!, (DateTimeOffset)input["paidAt"]!);
                return await Household(grains, Text(input, "householdId")).RecordPaymentAsync(payment);
            });
        Field<NonNullGraphType<ReversePaymentPayloadType>>("reversePayment").Allow(FieldAccess.FinanceOnly.InScopeOf(InputHousehold))
            .Description("Reverses a payment (e.g. a bounced bank withholding): its allocations are undone and the arrears return.")
            .Argument<NonNullGraphType<ReversePaymentInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = Collection.CollectionInputs.Input(c);
                return await Household(grains, Text(input, "householdId")).ReversePaymentAsync(Text(input, "paymentId"), Text(input, "reason"));
            });
        Field<NonNullGraphType<WaiverPayloadType>>("waiveLateFee").Allow(FieldAccess.Waivers.InScopeOf(InputHousehold))
            .Description("减免: waives a bill's late fee (or part of it), with a reason; the signed-in user asks. Above the project's limit it waits for another user's approveWaiver.")
            .Argument<NonNullGraphType<WaiveLateFeeInputType>>("input")
            .ResolveAsync(async c => await WaiveAsync(grains, clock, c, WaiverKind.LateFee));
        Field<NonNullGraphType<WaiverPayloadType>>("waiveBill").Allow(FieldAccess.Waivers.InScopeOf(InputHousehold))
            .Description("减免: waives everything still due on a bill, with a reason; the signed-in user asks. Above the project's limit it waits for another user's approveWaiver.")
            .Argument<NonNullGraphType<WaiveBillInputType>>("input")
            .ResolveAsync(async c => await WaiveAsync(grains, clock, c, WaiverKind.Bill));
        Field<NonNullGraphType<WaiverPayloadType>>("approveWaiver").Allow(FieldAccess.Waivers.InScopeOf(InputHousehold))
            .Description("减免审批: a second user approves a waiver above the project's limit; it is applied now, as of its own day.")
            .Argument<NonNullGraphType<ApproveWaiverInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = Collection.CollectionInputs.Input(c);
                return await Household(grains, Text(input, "householdId"))
                    .ApproveWaiverAsync(Text(input, "waiverId"), AccessChecks.UserContextOf(c).Caller!.Account.Username);
            });
        Import("importHouseholds", "Households (楼栋路径, 房号, 面积, 业主姓名, 客户类型, 电话, 空置, 入住日期).", (g, file) => g.ImportHouseholdsAsync(file));
        Import("importOpeningArrears", "Historic unpaid bills (楼栋路径, 房号, 收费项目编码, 收费项目, 账期, 应缴日期, 欠费金额).", (g, file) => g.ImportOpeningArrearsAsync(file));
        Import("importChargeItems", "Charge items (项目, 收费项目编码, 收费项目, 计费方式, 周期, 单价, 应缴日, 空置折扣, 生效日期), from the first day of a month not billed yet.", (g, file) => g.ImportChargeItemsAsync(file));
        Import("importBankWithholding", "A bank-withholding result file (流水号, 楼栋路径, 房号, 金额, 扣款时间), each payment idempotent by 流水号.", (g, file) => g.ImportBankWithholdingAsync(file));
        Collection.CollectionMutations.AddTo(this, grains);
        Analytics.AnalyticsFields.AddMutations(this, grains);
        Analytics.ReportFields.AddMutations(this, grains);
        Collection.VisitMutations.AddTo(this, grains);
        Service.ServiceFields.AddMutations(this, grains);
        Customers.CustomerFields.AddMutations(this, grains);
        Targets.TargetFields.AddMutations(this, grains);
        Collection.WarningFields.AddMutations(this, grains);
        Outreach.OutreachMutations.AddTo(this, grains);
        Outreach.LegalMutations.AddTo(this, grains);
        Outreach.MessageFields.AddMutations(this, grains);
        Outreach.ProjectOutreachFields.AddMutations(this, grains);
        Users.UserMutations.AddTo(this, grains, tokens);
        ExportArrears.AddTo(this, grains, clock);
        OrgMutations.AddTo(this, grains);
        Projects.ProjectBillingMutations.AddTo(this, grains);
        return;

        void Import(string name, string description, Func<IImportGrain, byte[], Task<ImportReport>> import) =>
            Field<NonNullGraphType<ImportPayloadType>>(name).Allow(FieldAccess.FinanceOnly.InScopeOf(ScopeCheck.Node("input.groupId")))
                .Description(description + " The whole file is checked first; any bad row means nothing is imported.")
                .Argument<NonNullGraphType<ImportInputType>>("input")
                .ResolveAsync(async c =>
                {
                    var input = Collection.CollectionInputs.Input(c);
                    return await import(grains.GetGrain<IImportGrain>(Text(input, "groupId")), ImportFiles.Content(input));
                });
    }

    private static readonly ScopeCheck InputHousehold = ScopeCheck.Household("input.householdId");

    private static string Text(Dictionary<string, object?> input, string field) =>
        input[field] is string { Length: > 0 and <= 200 } text && !string.IsNullOrWhiteSpace(text)
            ? text
            : throw ApiError.BadInput($"{field} must be 1 to 200 characters");

    /// <summary>The household of a mutation; the access check has found it, inside the caller's scope.</summary>
    private static IHouseholdGrain Household(IGrainFactory grains, string householdId) => grains.GetGrain<IHouseholdGrain>(householdId);

    /// <summary>A waiver asked for by the signed-in user (the approver within the project's limit).</summary>
    private static async Task<WaiverReceipt> WaiveAsync(IGrainFactory grains, BusinessClock clock, IResolveFieldContext context, WaiverKind kind)
    {
        var input = Collection.CollectionInputs.Input(context);
        var household = Household(grains, Text(input, "householdId"));
        var waiver = new WaiverRequest(
            Text(input, "waiverId"), Text(input, "billId"), kind, (decimal?)input.GetValueOrDefault("amount"),
            (DateOnly?)input.GetValueOrDefault("on") ?? clock.Today,
            Text(input, "reason"), AccessChecks.UserContextOf(context).Caller!.Account.Username);
        return await household.WaiveAsync(waiver);
    }
}
