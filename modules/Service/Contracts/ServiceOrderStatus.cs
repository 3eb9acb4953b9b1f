namespace CollectionGrains.Service;

/// <summary>Where a service order (服务工单) stands: open → in progress → resolved → confirmed by the owner, or reopened.</summary>
public enum ServiceOrderStatus
{
    Open,
    InProgress,
    Resolved,

    /// <summary>The owner confirmed the fix: the order is closed and dunning resumes with a follow-up.</summary>
    Confirmed,

    /// <summary>The owner found it not fixed: work starts again, with a new deadline.</summary>
    Reopened,
}
