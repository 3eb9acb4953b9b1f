namespace CollectionGrains.Hosting;

/// <summary>One checked dependency of <see cref="HealthReport"/>.</summary>
public sealed record ComponentHealth(bool Ok, string Detail, long ElapsedMilliseconds);
