using CollectionGrains.Tests.Infrastructure;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CollectionGrains.Tests.GraphQL;

/// <summary>The schema clients rely on is checked in as graphql/schema.graphql; the live schema must print exactly as it.</summary>
public sealed class SchemaFileTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Fact]
    public void The_live_schema_is_the_checked_in_schema_graphql()
    {
        var schema = fixture.Api.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var live = schema.Print().ReplaceLineEndings("\n").TrimEnd() + "\n";
        var path = RepositoryPaths.Combine("graphql", "schema.graphql");
        var file = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        if (live != file)
        {
            var actual = RepositoryPaths.Combine(".artifacts", "schema.live.graphql");
            Directory.CreateDirectory(Path.GetDirectoryName(actual)!);
            File.WriteAllText(actual, live);
            Assert.Fail($"The live schema differs from graphql/schema.graphql; the live one is in {actual}. Review it and copy it over if the change is meant.");
        }
    }
}
