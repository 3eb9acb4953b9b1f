namespace CollectionGrains.Collection;

/// <summary>Why a task closed.</summary>
public enum TaskCloseReason
{
    /// <summary>The household has nothing left to pay after a payment (or an imported payment file).</summary>
    Paid,

    /// <summary>The household has nothing left to pay after a waiver.</summary>
    Waived,

    /// <summary>Cancelled by a supervisor, with a reason.</summary>
    Cancelled,
}
