namespace CollectionGrains.Customers;

/// <summary>客户信用标签: what a household's arrears history says about it (DOMAIN.md).</summary>
public enum CreditTag
{
    /// <summary>从未欠费: never overdue in its history.</summary>
    NeverInArrears,

    /// <summary>首次欠费: in its first arrears episode.</summary>
    FirstArrears,

    /// <summary>多次欠费: three or more arrears episodes in two years.</summary>
    RepeatedArrears,

    /// <summary>长期欠费: its oldest unpaid bill is more than 180 days overdue.</summary>
    LongOverdue,

    /// <summary>大额欠费: ¥5,000 or more of principal overdue.</summary>
    LargeArrears,

    /// <summary>近期投诉: complained (a service order) in the last 180 days.</summary>
    RecentComplaint,

    /// <summary>单位客户: a company, not a person.</summary>
    Corporate,

    /// <summary>空置: the home stands empty.</summary>
    Vacant,
}
