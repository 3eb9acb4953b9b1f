namespace CollectionGrains.Collection;

/// <summary>催收方式: how a household was (or is to be) contacted.</summary>
public enum ContactMethod
{
    /// <summary>缴费通知单.</summary>
    PaymentNotice,

    /// <summary>催收通知单.</summary>
    DunningNotice,

    /// <summary>催收通知函.</summary>
    DunningLetter,

    Phone,
    Sms,
    WeChat,
    AppPush,

    /// <summary>上门: a visit at the door.</summary>
    Visit,

    /// <summary>律师函.</summary>
    LawyerLetter,

    /// <summary>不记名公示: anonymous public notice.</summary>
    PublicNotice,

    /// <summary>起诉.</summary>
    Lawsuit,
}
