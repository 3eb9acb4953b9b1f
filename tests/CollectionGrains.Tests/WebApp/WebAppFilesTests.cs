using System.Text.RegularExpressions;
using CollectionGrains.Tests.Infrastructure;

namespace CollectionGrains.Tests.WebApp;

/// <summary>The web app's files as the browser gets them: every page script kept for a bad signal, served with its ETag.</summary>
public sealed partial class WebAppFilesTests
{
    [Fact]
    public void The_service_worker_keeps_every_script_and_style_of_the_app()
    {
        var folder = RepositoryPaths.Combine("graphql", "web", "app");
        var files = Directory.GetFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".js", StringComparison.Ordinal) || f.EndsWith(".css", StringComparison.Ordinal))
            .Select(f => "/app/" + Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(f => f != "/app/sw.js");
        var kept = Kept().Matches(File.ReadAllText(Path.Combine(folder, "sw.js"))).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.All(files, file => Assert.Contains(file, kept));
    }

    [GeneratedRegex("'(/app/[^']+)'")]
    private static partial Regex Kept();
}
