using CollectionGrains.Collection;

namespace CollectionGrains.Silo.Demo;

/// <summary>The demo group's scripts (话术): a wording per situation of the procedure, in the tone each calls for.</summary>
internal static class DemoScripts
{
    public static readonly IReadOnlyList<ScriptDraft> All =
    [
        new("phone-first", "首轮电话提醒", ContactMethod.Phone, null, null,
            "{{ owner }}您好，我是{{ project }}物业服务中心的{{ collector }}。打扰您一下，您家的物业服务费目前还有 {{ amount }} 元（{{ months }} 个月）未缴，"
            + "方便的时候可以通过微信、支付宝或到服务中心缴纳。如对服务有任何意见，也欢迎直接告诉我们，谢谢您的支持！"),
        new("phone-b", "B类每日跟进", ContactMethod.Phone, ContactClass.B_Undecided, null,
            "{{ owner }}您好，我是{{ project }}物业的{{ collector }}，跟您确认一下欠缴的 {{ amount }} 元物业费，您看大概什么时候方便缴纳？我们可以先帮您记下日期。"),
        new("sms-promise", "A类承诺前一天提醒", ContactMethod.Sms, ContactClass.A_Promised, null,
            "【{{ project }}物业】{{ owner }}您好，温馨提醒：您承诺明天缴纳的物业费 {{ amount }} 元，可点击 {{ payLink }} 在线缴纳。感谢您的支持！"),
        new("visit-c", "C类上门拜访", ContactMethod.Visit, ContactClass.C_Unreachable, null,
            "{{ owner }}您好，我是物业服务中心的{{ collector }}，之前电话一直联系不上您，今天特地上门拜访。您家物业费尚欠 {{ amount }} 元，麻烦留一个常用的联系电话，方便我们及时通知您。"),
        new("wechat-d", "D类远程缴费链接", ContactMethod.WeChat, ContactClass.D_Away, null,
            "{{ owner }}您好，知道您目前在外地，给您发一个远程缴费链接：{{ payLink }}，欠缴物业费 {{ amount }} 元，手机上即可完成缴纳，有问题随时联系{{ collector }}。"),
        new("phone-e", "E类主管沟通", ContactMethod.Phone, ContactClass.E_Refusing, null,
            "{{ owner }}您好，我是{{ project }}物业客服主管。关于您反映的问题，我们已经登记并安排整改，整改进度会第一时间告知您。问题解决后，也请您支持一下欠缴的 {{ amount }} 元物业费。"),
        new("phone-defaulter", "多次提醒仍未缴费", ContactMethod.Phone, ContactClass.B_Undecided, Customers.Grade.Defaulter,
            "{{ owner }}您好，您家物业费已欠缴 {{ months }} 个月，共 {{ amount }} 元。按照《物业服务合同》约定，逾期将产生违约金，请您尽快缴纳，如有困难可以和我们协商分期。"),
        new("notice-payment", "缴费通知单", ContactMethod.PaymentNotice, null, null,
            "尊敬的{{ owner }}：您好！截至本月，您家物业服务费尚欠 {{ amount }} 元，请于收到本通知后及时缴纳。缴费方式：微信、支付宝、服务中心前台。{{ project }}物业服务中心"),
        new("notice-dunning", "催收通知单", ContactMethod.DunningNotice, null, null,
            "尊敬的{{ owner }}：您家物业服务费已欠缴 {{ months }} 个月，共计 {{ amount }} 元。请您在收到本通知之日起十五日内缴清，逾期将按合同约定计收违约金。{{ project }}物业服务中心"),
        new("letter-dunning", "催收通知函", ContactMethod.DunningLetter, null, null,
            "{{ owner }}：根据《民法典》第九百四十四条，业主应当按照约定向物业服务人支付物业费。您家至今欠缴物业服务费 {{ amount }} 元（{{ months }} 个月），特函告请于十日内缴清。{{ project }}物业服务中心"),
        new("letter-lawyer", "律师函", ContactMethod.LawyerLetter, null, null,
            "{{ owner }}：受{{ project }}物业服务中心委托，就您欠缴物业服务费 {{ amount }} 元一事致函。请于本函送达之日起七日内缴清，否则委托人将依法提起诉讼，由此产生的诉讼费用由您承担。"),
    ];
}
