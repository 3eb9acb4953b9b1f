namespace CollectionGrains.Collection;

/// <summary>Who a warning is with: it starts with the task's collector and climbs, unhandled, every few days.</summary>
public enum WarningLevel
{
    /// <summary>楼管 / 收费员.</summary>
    Collector,

    /// <summary>客服主管.</summary>
    Supervisor,

    /// <summary>项目经理.</summary>
    ProjectManager,

    /// <summary>分公司.</summary>
    Branch,
}
