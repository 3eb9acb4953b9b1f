using System.Text.RegularExpressions;
using CollectionGrains.Tests.Infrastructure;

namespace CollectionGrains.Tests.Architecture;

/// <summary>Domain rules live in plain classes: the rule folders of every Grains project use no Orleans types.</summary>
public sealed partial class DomainRulesTests
{
    private static readonly string[] RuleFolders = ["Ledger", "Charges", "RollUps", "Imports", "Lists", "Rules", "Cases", "Planning", "Scripts", "Sheets", "Splits"];

    [Fact]
    public void Rule_folders_use_no_orleans_types()
    {
        var files = Directory.EnumerateDirectories(RepositoryPaths.Combine("modules"), "Grains", SearchOption.AllDirectories)
            .SelectMany(grains => RuleFolders.Select(folder => Path.Combine(grains, folder)))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
            .ToList();
        Assert.NotEmpty(files);
        var offenders = files.Where(file => OrleansUsage().IsMatch(File.ReadAllText(file)))
            .Select(file => Path.GetRelativePath(RepositoryPaths.Root, file)).ToList();
        Assert.Empty(offenders);
    }

    [Theory]
    [InlineData("using Orleans.Runtime;")]
    [InlineData("internal sealed class X : Grain, IX")]
    [InlineData("public X(IGrainFactory grains)")]
    [InlineData("IPersistentState<LedgerState> state")]
    public void Orleans_usage_is_recognised(string source) => Assert.Matches(OrleansUsage(), source);

    [GeneratedRegex(@"using\s+Orleans|:\s*Grain\b|\bIGrainFactory\b|\bIPersistentState<|\bGrainFactory\b")]
    private static partial Regex OrleansUsage();
}
