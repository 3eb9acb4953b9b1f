namespace CollectionGrains.Billing;

/// <summary>Within one bill, which a payment settles first (a project policy); bills are always oldest first.</summary>
public enum AllocationOrder
{
    LateFeeFirst,
    PrincipalFirst,
}
