using CollectionGrains.Hosting;
using Microsoft.Extensions.Configuration;

namespace CollectionGrains.Tests.Foundation;

public sealed class PostgresSettingsTests
{
    [Fact]
    public void Unset_settings_take_the_defaults_and_set_ones_are_used()
    {
        var unset = Read();
        Assert.Equal((PostgresSettings.DefaultPort, PostgresSettings.DefaultPoolSize), (unset.Port, unset.PoolSize));
        var set = Read(("CG_PG_PORT", "6543"), ("CG_PG_POOL", "8"));
        Assert.Equal((6543, 8), (set.Port, set.PoolSize));
    }

    [Theory]
    [InlineData("CG_PG_POOL", "sixteen")]
    [InlineData("CG_PG_POOL", "0")]
    [InlineData("CG_PG_PORT", "-5433")]
    public void A_port_or_pool_size_that_is_not_a_positive_number_stops_the_start_with_its_name(string name, string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Read((name, value)));
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{value}'", error.Message, StringComparison.Ordinal);
    }

    private static PostgresSettings Read(params (string Name, string Value)[] settings) =>
        PostgresSettings.FromConfiguration(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Name, s.Value)))
            .Build());
}
