namespace CollectionGrains.Outreach;

/// <summary>The written demands of the procedure, mildest first (DOMAIN.md's methods).</summary>
public enum NoticeKind
{
    /// <summary>缴费通知单.</summary>
    PaymentNotice,

    /// <summary>催收通知单.</summary>
    DunningNotice,

    /// <summary>催收通知函.</summary>
    DunningLetter,

    /// <summary>律师函.</summary>
    LawyerLetter,

    /// <summary>不记名公示: anonymous, for a building's notice board.</summary>
    PublicNotice,
}
