namespace CollectionGrains.Collection;

/// <summary>Where a collection task (催收任务) stands.</summary>
public enum CollectionTaskStatus
{
    /// <summary>In the project's pool: no collector holds the household; any collector of the project may grab it.</summary>
    Pool,

    /// <summary>In a collector's package.</summary>
    Assigned,

    /// <summary>Handed up to the supervisor (转交上级).</summary>
    Escalated,

    /// <summary>Closed: paid, waived or cancelled.</summary>
    Closed,
}
