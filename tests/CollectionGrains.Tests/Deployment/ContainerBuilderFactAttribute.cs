using CollectionGrains.Tests.Infrastructure;

namespace CollectionGrains.Tests.Deployment;

/// <summary>A fact that needs a container builder: skipped, saying so, on a machine without one (like this one).</summary>
public sealed class ContainerBuilderFactAttribute : FactAttribute
{
    public ContainerBuilderFactAttribute()
    {
        if (!Available.Value)
        {
            Skip = "no container builder on this machine (docker with a running engine, podman or buildah): the images are not built";
        }
    }

    private static readonly Lazy<bool> Available = new(() =>
        Works("docker", "info") || Works("podman", "info") || Works("buildah", "--version"));

    private static bool Works(string tool, string argument)
    {
        try
        {
            return ProcessRunner.RunAsync(tool, [argument], TimeSpan.FromSeconds(20)).GetAwaiter().GetResult().ExitCode == 0;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or TimeoutException)
        {
            return false;
        }
    }
}
