namespace CollectionGrains.Analytics.Finance;

/// <summary>The parameters a finance fragment reads its days from: the day, its month (yyyy-MM), 1 January, the year (yyyy), the instant after the day.</summary>
internal sealed record FinanceDays(string Day, string Month, string YearStart, string Year, string Instant);
