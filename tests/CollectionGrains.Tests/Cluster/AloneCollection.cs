namespace CollectionGrains.Tests.Cluster;

/// <summary>Tests that stop PostgreSQL or kill processes: they run by themselves, after every parallel test is done.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    public const string Name = "alone";
}
