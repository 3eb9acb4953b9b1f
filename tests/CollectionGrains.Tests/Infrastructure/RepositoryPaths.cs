namespace CollectionGrains.Tests.Infrastructure;

/// <summary>Finds the checkout the tests run from, so they can run its real scripts and binaries.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CollectionGrains.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No CollectionGrains.sln above {AppContext.BaseDirectory}.");
    }
}
