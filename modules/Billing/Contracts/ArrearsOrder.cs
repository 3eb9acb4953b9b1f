namespace CollectionGrains.Billing;

/// <summary>How an arrears list is sorted: largest amount first (the default), oldest arrears first, or by room.</summary>
public enum ArrearsOrder
{
    AmountDescending,
    AgeDescending,
    Room,
}
