namespace CollectionGrains.Collection;

/// <summary>客户分级: a household's grade from its payment behaviour (DOMAIN.md); scripts can be worded per grade.</summary>
public enum CustomerGrade
{
    /// <summary>自动缴费型.</summary>
    SelfPayer,

    /// <summary>需提醒才缴费型.</summary>
    PaysAfterReminder,

    /// <summary>多次提醒才缴费型.</summary>
    PaysAfterRepeatedReminders,

    /// <summary>多次提醒依然不缴费型.</summary>
    Defaulter,
}
