namespace CollectionGrains.Billing;

/// <summary>业主类型: an individual owner or a company.</summary>
public enum CustomerType
{
    Individual,
    Corporate,
}
