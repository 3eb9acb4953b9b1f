namespace CollectionGrains.Collection;

/// <summary>催收预警: what a warning is about.</summary>
public enum WarningKind
{
    /// <summary>No contact on an open task for longer than the project allows for its class.</summary>
    NoContact,

    /// <summary>The plan's action for the task is overdue (the weekly minimum or the first round is at risk).</summary>
    PlanOverdue,

    /// <summary>A promise was broken and nobody has called since.</summary>
    BrokenPromise,

    /// <summary>Class E (refusing over service) and no service order open for the complaint.</summary>
    ComplaintWithoutServiceOrder,

    /// <summary>Class C (unreachable) and no visit for longer than the project allows.</summary>
    NoVisit,

    /// <summary>A service order past its deadline, not yet fixed.</summary>
    ServiceOrderOverdue,
}
