namespace CollectionGrains.Hosting;

/// <summary>The body of <c>/health</c>.</summary>
public sealed record HealthReport(string Status, ComponentHealth Postgres, ComponentHealth Cluster)
{
    public bool Healthy => Status == "healthy";
}
