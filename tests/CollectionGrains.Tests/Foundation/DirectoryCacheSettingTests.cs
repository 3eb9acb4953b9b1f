using CollectionGrains.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace CollectionGrains.Tests.Foundation;

/// <summary>CG_DIRECTORY_CACHE bounds Orleans' directory cache of the silo: 100,000 entries unless set.</summary>
public sealed class DirectoryCacheSettingTests
{
    [Theory]
    [InlineData(null, 100_000)]
    [InlineData("2500", 2_500)]
    public void The_silo_caches_as_many_grain_places_as_the_setting_says(string? setting, int expected)
    {
        var cluster = Read(setting);
        Assert.Equal(expected, cluster.DirectoryCacheSize);

        // Built, not started: the options the silo's directory cache is made from.
        using var host = new HostBuilder().UseCollectionGrainsSilo(cluster, PostgresSettings.FromEnvironment()).Build();
        Assert.Equal(expected, host.Services.GetRequiredService<IOptions<GrainDirectoryOptions>>().Value.CacheSize);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("many")]
    public void A_size_that_is_not_a_positive_number_stops_the_start_with_its_name(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Read(value));
        Assert.Contains("CG_DIRECTORY_CACHE", error.Message, StringComparison.Ordinal);
    }

    private static ClusterSettings Read(string? directoryCache) =>
        ClusterSettings.FromConfiguration(new ConfigurationBuilder()
            .AddInMemoryCollection(directoryCache is null ? [] : [new KeyValuePair<string, string?>("CG_DIRECTORY_CACHE", directoryCache)])
            .Build());
}
