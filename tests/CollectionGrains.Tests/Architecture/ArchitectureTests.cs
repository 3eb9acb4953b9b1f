using System.Xml.Linq;
using CollectionGrains.Tests.Infrastructure;

namespace CollectionGrains.Tests.Architecture;

public sealed class ArchitectureTests
{
    [Fact]
    public void Project_references_follow_the_module_rules()
    {
        var references = ProjectReferences().ToList();
        Assert.NotEmpty(references);
        Assert.Empty(ProjectReferenceRules.Violations(references));
    }

    [Theory]
    [InlineData("modules/Collection/Grains/CollectionGrains.Collection.Grains.csproj", "modules/Billing/Grains/CollectionGrains.Billing.Grains.csproj")]
    [InlineData("graphql/CollectionGrains.GraphQL/CollectionGrains.GraphQL.csproj", "modules/Billing/Grains/CollectionGrains.Billing.Grains.csproj")]
    [InlineData("modules/Billing/Contracts/CollectionGrains.Billing.Contracts.csproj", "modules/Billing/Grains/CollectionGrains.Billing.Grains.csproj")]
    [InlineData("src/CollectionGrains.Kernel/CollectionGrains.Kernel.csproj", "modules/Billing/Contracts/CollectionGrains.Billing.Contracts.csproj")]
    [InlineData("src/CollectionGrains.Hosting/CollectionGrains.Hosting.csproj", "modules/Organisation/Contracts/CollectionGrains.Organisation.Contracts.csproj")]
    [InlineData("modules/Billing/Contracts/CollectionGrains.Billing.Contracts.csproj", "src/CollectionGrains.Hosting/CollectionGrains.Hosting.csproj")]
    [InlineData("graphql/CollectionGrains.GraphQL/CollectionGrains.GraphQL.csproj", "src/CollectionGrains.Hosting/CollectionGrains.Hosting.csproj")]
    [InlineData("modules/Billing/Grains/CollectionGrains.Billing.Grains.csproj", "graphql/CollectionGrains.GraphQL/CollectionGrains.GraphQL.csproj")]
    [InlineData("modules/Billing/Grains/CollectionGrains.Billing.Grains.csproj", "silo/CollectionGrains.Silo.csproj")]
    [InlineData("tools/Something/Something.csproj", "src/CollectionGrains.Kernel/CollectionGrains.Kernel.csproj")]
    public void A_forbidden_arrow_is_reported(string project, string reference) =>
        Assert.Single(ProjectReferenceRules.Violations([(project, reference)]));

    [Theory]
    [InlineData("modules/Collection/Grains/CollectionGrains.Collection.Grains.csproj", "modules/Billing/Contracts/CollectionGrains.Billing.Contracts.csproj")]
    [InlineData("modules/Billing/Grains/CollectionGrains.Billing.Grains.csproj", "modules/Billing/Contracts/CollectionGrains.Billing.Contracts.csproj")]
    [InlineData("graphql/CollectionGrains.GraphQL/CollectionGrains.GraphQL.csproj", "modules/Billing/Contracts/CollectionGrains.Billing.Contracts.csproj")]
    [InlineData("modules/Billing/Grains/CollectionGrains.Billing.Grains.csproj", "src/CollectionGrains.Hosting/CollectionGrains.Hosting.csproj")]
    [InlineData("silo/CollectionGrains.Silo.csproj", "modules/Billing/Grains/CollectionGrains.Billing.Grains.csproj")]
    public void An_allowed_arrow_passes(string project, string reference) =>
        Assert.Empty(ProjectReferenceRules.Violations([(project, reference)]));

    private static IEnumerable<(string Project, string Reference)> ProjectReferences()
    {
        foreach (var project in Directory.EnumerateFiles(RepositoryPaths.Root, "*.csproj", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepositoryPaths.Root, project).Replace('\\', '/');
            if (relative.Split('/').Any(part => part is "bin" or "obj" or "node_modules" or ".artifacts"))
            {
                continue;
            }
            foreach (var include in XDocument.Load(project).Descendants("ProjectReference").Select(e => (string?)e.Attribute("Include")))
            {
                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(project)!, include!));
                yield return (relative, Path.GetRelativePath(RepositoryPaths.Root, target).Replace('\\', '/'));
            }
        }
    }
}
