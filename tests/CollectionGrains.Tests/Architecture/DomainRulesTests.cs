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
    [InlineData("[GenerateSerializer, Immutable]")]
    [InlineData("[GenerateSerializer]")]
    [InlineData("var id = Orleans.Runtime.RequestContext.Get(\"x\");")]
    [InlineData("global::Orleans.GrainId id")]
    public void Orleans_usage_is_recognised(string source) => Assert.Matches(OrleansUsage(), source);

    [Theory]
    [InlineData("internal sealed class HouseholdLedger(LedgerState state, LateFeePolicy policy)")]
    [InlineData("// the grain persists this through IPersistent state")]
    public void Plain_code_is_not_mistaken_for_orleans(string source) => Assert.DoesNotMatch(OrleansUsage(), source);

    [GeneratedRegex(@"using\s+Orleans|:\s*Grain\b|\bIGrainFactory\b|\bIPersistentState<|\bGrainFactory\b|\bGenerateSerializer\b|\bOrleans\.")]
    private static partial Regex OrleansUsage();
}
