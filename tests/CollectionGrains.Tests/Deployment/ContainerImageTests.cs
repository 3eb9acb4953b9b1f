using System.Text.RegularExpressions;
using System.Xml.Linq;
using CollectionGrains.Tests.Infrastructure;

namespace CollectionGrains.Tests.Deployment;

/// <summary>
/// The two images: where a container builder exists they are built (deploy/containers/build.sh); everywhere, each
/// Dockerfile is read for what would break an image that builds — what it publishes and runs, its user, its ports.
/// </summary>
public sealed partial class ContainerImageTests
{
    [ContainerBuilderFact]
    public async Task Both_images_build()
    {
        var build = await ProcessRunner.RunAsync("bash", [RepositoryPaths.Combine("deploy", "containers", "build.sh"), "test"], TimeSpan.FromMinutes(30));
        Assert.True(build.ExitCode == 0, build.Output + build.Error);
    }

    [Theory]
    [InlineData("silo", "silo/CollectionGrains.Silo.csproj", new[] { 8080, 11111, 30000 })]
    [InlineData("frontend", "graphql/CollectionGrains.FrontEnd/CollectionGrains.FrontEnd.csproj", new[] { 8080 })]
    public void Each_dockerfile_publishes_its_project_on_the_sdks_runtime_and_runs_it_unprivileged(string image, string project, int[] ports)
    {
        var lines = File.ReadAllLines(RepositoryPaths.Combine("deploy", "containers", $"{image}.Dockerfile"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var sdkMajor = SdkMajor().Match(File.ReadAllText(RepositoryPaths.Combine("global.json"))).Groups[1].Value;
        // Two stages: the SDK builds, the ASP.NET runtime of the same major version runs.
        Assert.Equal([$"FROM mcr.microsoft.com/dotnet/sdk:{sdkMajor}.0 AS build", $"FROM mcr.microsoft.com/dotnet/aspnet:{sdkMajor}.0"],
            lines.Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.Contains($"dotnet publish {project} -c Release", StringComparison.Ordinal));
        var assembly = XDocument.Load(RepositoryPaths.Combine(project)).Descendants("AssemblyName").SingleOrDefault()?.Value
            ?? Path.GetFileNameWithoutExtension(project);
        Assert.Equal($"ENTRYPOINT [\"dotnet\", \"{assembly}.dll\"]", lines[^1]);
        Assert.Equal("USER $APP_UID", lines[^2]);
        Assert.Equal(ports, lines.Single(l => l.StartsWith("EXPOSE ", StringComparison.Ordinal))["EXPOSE ".Length..].Split(' ').Select(int.Parse));
        // Whatever the final stage copies from the repository exists.
        foreach (var copy in lines.Where(l => l.StartsWith("COPY deploy/", StringComparison.Ordinal)))
        {
            Assert.True(Path.Exists(RepositoryPaths.Combine(copy.Split(' ')[1])), copy);
        }
    }

    [GeneratedRegex("\"version\":\\s*\"(\\d+)\\.")]
    private static partial Regex SdkMajor();
}
