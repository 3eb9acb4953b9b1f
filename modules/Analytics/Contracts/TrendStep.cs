namespace CollectionGrains.Analytics;

/// <summary>The steps of a trend: calendar months, or weeks Monday to Sunday (China time).</summary>
public enum TrendStep
{
    Month,
    Week,
}
