namespace CollectionGrains.Billing;

/// <summary>How often a charge item is billed: monthly, quarterly (Jan/Apr/Jul/Oct) or yearly (January).</summary>
public enum BillingCycle
{
    Monthly,
    Quarterly,
    Yearly,
}
