using CollectionGrains.Tests.Infrastructure;

namespace CollectionGrains.Tests.Foundation;

public sealed class GrainStatePersistenceTests
{
    [Fact]
    public async Task State_written_before_a_restart_is_read_back_intact_from_postgres()
    {
        var clusterId = TestSilo.NewClusterId("persist");
        var key = $"household-{Guid.NewGuid():N}";

        await using (var silo = await TestSilo.StartAsync(clusterId))
        {
            var probe = silo.Grains.GetGrain<IProbeGrain>(key);
            await probe.RecordAsync("first payment", 1234.56m);
            await probe.RecordAsync("second payment", 0.01m);
        }

        var stored = await TestPostgres.ScalarAsync<string>(
            "SELECT convert_from(payload, 'UTF8') FROM orleans_grain_state WHERE service_id = @service AND grain_key = @key",
            ("service", clusterId), ("key", key));
        Assert.NotNull(stored);
        Assert.Contains("1234.57", stored);

        await using (var silo = await TestSilo.StartAsync(clusterId))
        {
            var state = await silo.Grains.GetGrain<IProbeGrain>(key).GetAsync();
            Assert.Equal(["first payment", "second payment"], state.Notes);
            Assert.Equal(1234.57m, state.Total);
        }
    }

    [Fact]
    public async Task A_write_after_someone_else_changed_the_row_is_refused_and_changes_nothing()
    {
        var clusterId = TestSilo.NewClusterId("etag");
        var key = $"household-{Guid.NewGuid():N}";
        await using var silo = await TestSilo.StartAsync(clusterId);
        var probe = silo.Grains.GetGrain<IProbeGrain>(key);
        await probe.RecordAsync("kept", 1m);

        // Another writer (a second activation, a repair job) bumps the version behind the grain's back.
        await using (var command = TestPostgres.DataSource.CreateCommand(
            "UPDATE orleans_grain_state SET version = version + 1 WHERE service_id = $1 AND grain_key = $2"))
        {
            command.Parameters.AddWithValue(clusterId);
            command.Parameters.AddWithValue(key);
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        await Assert.ThrowsAnyAsync<Exception>(() => probe.RecordAsync("lost", 2m));
        var stored = await TestPostgres.ScalarAsync<string>(
            "SELECT convert_from(payload, 'UTF8') FROM orleans_grain_state WHERE service_id = @service AND grain_key = @key",
            ("service", clusterId), ("key", key));
        Assert.DoesNotContain("lost", stored);
    }
}
