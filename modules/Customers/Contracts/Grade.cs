namespace CollectionGrains.Customers;

/// <summary>客户分级: a household's grade from its payment behaviour (DOMAIN.md), from best to worst.</summary>
public enum Grade
{
    /// <summary>自动缴费型: pays by the due date with no reminder.</summary>
    SelfPayer,

    /// <summary>需提醒才缴费型: pays after one reminder.</summary>
    PaysAfterReminder,

    /// <summary>多次提醒才缴费型: pays after two or more reminders.</summary>
    PaysAfterRepeatedReminders,

    /// <summary>多次提醒依然不缴费型: still unpaid after repeated reminders.</summary>
    Defaulter,
}
