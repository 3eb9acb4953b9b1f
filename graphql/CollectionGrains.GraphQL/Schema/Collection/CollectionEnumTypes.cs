using CollectionGrains.Collection;
using CollectionGrains.Kernel.Tabular;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Collection;

internal sealed class ContactClassGraphType : EnumerationGraphType
{
    public ContactClassGraphType()
    {
        Name = "ContactClass";
        Description = "催收分类: the outcome class of a contact.";
        Add("A_PROMISED", ContactClass.A_Promised, "近期交纳: promised to pay by a date.");
        Add("B_UNDECIDED", ContactClass.B_Undecided, "暂未明确: undecided, or no answer.");
        Add("C_UNREACHABLE", ContactClass.C_Unreachable, "无法联系: dead or wrong number.");
        Add("D_AWAY", ContactClass.D_Away, "异地出差/居住: away.");
        Add("E_REFUSING", ContactClass.E_Refusing, "特殊拒交: refuses over the service.");
    }
}

internal sealed class ContactMethodGraphType : EnumerationGraphType
{
    public ContactMethodGraphType()
    {
        Name = "ContactMethod";
        Description = "催收方式: how a household was contacted.";
        Add("PAYMENT_NOTICE", ContactMethod.PaymentNotice, "缴费通知单");
        Add("DUNNING_NOTICE", ContactMethod.DunningNotice, "催收通知单");
        Add("DUNNING_LETTER", ContactMethod.DunningLetter, "催收通知函");
        Add("PHONE", ContactMethod.Phone, "电话");
        Add("SMS", ContactMethod.Sms, "短信");
        Add("WECHAT", ContactMethod.WeChat, "微信");
        Add("APP_PUSH", ContactMethod.AppPush, "App 推送");
        Add("VISIT", ContactMethod.Visit, "上门");
        Add("LAWYER_LETTER", ContactMethod.LawyerLetter, "律师函");
        Add("PUBLIC_NOTICE", ContactMethod.PublicNotice, "不记名公示");
        Add("LAWSUIT", ContactMethod.Lawsuit, "起诉");
    }
}

internal sealed class TaskStatusGraphType : EnumerationGraphType<CollectionTaskStatus>
{
    public TaskStatusGraphType() => Name = "TaskStatus";
}

internal sealed class TaskCloseReasonGraphType : EnumerationGraphType<TaskCloseReason>
{
    public TaskCloseReasonGraphType() => Name = "TaskCloseReason";
}

internal sealed class PromiseStateGraphType : EnumerationGraphType<PromiseState>
{
    public PromiseStateGraphType() => Name = "PromiseState";
}

internal sealed class ArrearsReasonCategoryGraphType : EnumerationGraphType<ArrearsReasonCategory>
{
    public ArrearsReasonCategoryGraphType()
    {
        Name = "ArrearsReasonCategory";
        Description = "欠费原因: 基础服务类, 增值服务类, 地产类, 其他.";
    }
}

internal sealed class PlanReasonGraphType : EnumerationGraphType<PlanReason>
{
    public PlanReasonGraphType() => Name = "PlanReason";
}


internal sealed class SheetFormatGraphType : EnumerationGraphType<SheetFormat>
{
    public SheetFormatGraphType() => Name = "SheetFormat";
}
