namespace CollectionGrains.Billing;

/// <summary>减免: what a waiver forgives.</summary>
public enum WaiverKind
{
    /// <summary>The late fee due on the bill on the waiver's day (or the given amount of it).</summary>
    LateFee,

    /// <summary>Everything still due on the bill: principal and late fee.</summary>
    Bill,
}
