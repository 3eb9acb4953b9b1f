using System.Text.RegularExpressions;

namespace CollectionGrains.Tests.Architecture;

/// <summary>
/// The arrows ARCHITECTURE.md allows between projects, as a list: an arrow not on it (a new one included) is a
/// violation. Paths are relative to the repository root with '/' separators.
/// </summary>
public static partial class ProjectReferenceRules
{
    /// <summary>What each kind of project may reference. A module's Grains may reference its own Contracts and others' Contracts.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Kernel"] = [],
        ["Hosting"] = ["Kernel"],
        ["Contracts"] = ["Kernel", "Contracts"],
        ["Grains"] = ["Kernel", "Hosting", "Contracts"],
        ["GraphQL"] = ["Kernel", "Contracts"],
        ["FrontEnd"] = ["Kernel", "Hosting", "Contracts", "GraphQL"],
        ["Silo"] = ["Kernel", "Hosting", "Contracts", "Grains", "GraphQL"],
        ["Tests"] = ["Kernel", "Hosting", "Contracts", "Grains", "GraphQL", "FrontEnd", "Silo"],
    };

    public static IReadOnlyList<string> Violations(IEnumerable<(string Project, string Reference)> references) =>
        references.Select(edge => Violation(edge.Project, edge.Reference)).OfType<string>().ToList();

    private static string? Violation(string project, string reference)
    {
        var from = Classify(project);
        var to = Classify(reference);
        if (!Allowed.TryGetValue(from.Kind, out var allowed))
        {
            return $"{project} is no kind of project ARCHITECTURE.md names";
        }
        if (!allowed.Contains(to.Kind))
        {
            return $"{project} ({from.Kind}) must not reference {reference} ({to.Kind}); it may reference {string.Join(", ", allowed.DefaultIfEmpty("nothing"))}";
        }
        return from.Kind == "Grains" && to.Kind == "Grains" && from.Module != to.Module
            ? $"{project} references another module's Grains ({reference}); use its Contracts"
            : null;
    }

    private static (string Kind, string? Module) Classify(string path)
    {
        var module = ModulePath().Match(path);
        if (module.Success)
        {
            return (module.Groups["kind"].Value, module.Groups["module"].Value);
        }
        return path.Split('/') switch
        {
            ["src", "CollectionGrains.Kernel", ..] => ("Kernel", null),
            ["src", "CollectionGrains.Hosting", ..] => ("Hosting", null),
            ["graphql", "CollectionGrains.GraphQL", ..] => ("GraphQL", null),
            ["graphql", "CollectionGrains.FrontEnd", ..] => ("FrontEnd", null),
            ["silo", ..] => ("Silo", null),
            ["tests", ..] => ("Tests", null),
            _ => ("Unknown", null),
        };
    }

    [GeneratedRegex("^modules/(?<module>[^/]+)/(?<kind>Grains|Contracts)/")]
    private static partial Regex ModulePath();
}
