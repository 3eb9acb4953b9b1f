namespace CollectionGrains.Collection;

/// <summary>欠费原因: the category of the reason a household gives for not paying.</summary>
public enum ArrearsReasonCategory
{
    /// <summary>基础服务类: cleaning, security, repairs, greenery.</summary>
    BasicService,

    /// <summary>增值服务类: value-added services.</summary>
    ValueAddedService,

    /// <summary>地产类: the developer, defects of the building.</summary>
    Developer,

    /// <summary>其他: money trouble, away, disputes between owners and tenants, anything else.</summary>
    Other,
}
