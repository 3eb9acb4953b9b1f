using System.Text.RegularExpressions;

namespace CollectionGrains.Tests.Architecture;

/// <summary>
/// The arrows ARCHITECTURE.md allows between projects, checked on the ProjectReference graph.
/// Paths are relative to the repository root with '/' separators.
/// </summary>
public static partial class ProjectReferenceRules
{
    public static IReadOnlyList<string> Violations(IEnumerable<(string Project, string Reference)> references) =>
        references.Select(edge => Violation(edge.Project, edge.Reference)).OfType<string>().ToList();

    private static string? Violation(string project, string reference)
    {
        var from = Classify(project);
        var to = Classify(reference);
        return (from, to) switch
        {
            ({ Kind: "Grains" }, { Kind: "Grains" }) when from.Module != to.Module =>
                $"{project} references another module's Grains ({reference}); use its Contracts",
            ({ Kind: "Contracts" }, { Kind: "Grains" }) =>
                $"{project} is a Contracts project and references Grains ({reference})",
            ({ Kind: "GraphQL" }, { Kind: "Grains" }) =>
                $"{project} (graphql/) references a Grains project ({reference}); it may use Contracts only",
            ({ Kind: "Kernel" }, { Kind: "Grains" or "Contracts" or "GraphQL" or "Silo" }) =>
                $"{project} (src/) is the shared kernel and must not reference {reference}",
            _ => null,
        };
    }

    private static (string Kind, string? Module) Classify(string path)
    {
        var module = ModulePath().Match(path);
        if (module.Success)
        {
            return (module.Groups["kind"].Value, module.Groups["module"].Value);
        }
        return path.Split('/')[0] switch
        {
            "graphql" => ("GraphQL", null),
            "src" => ("Kernel", null),
            "silo" => ("Silo", null),
            "tests" => ("Tests", null),
            var other => (other, null),
        };
    }

    [GeneratedRegex("^modules/(?<module>[^/]+)/(?<kind>Grains|Contracts)/")]
    private static partial Regex ModulePath();
}
