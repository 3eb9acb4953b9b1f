using CollectionGrains.Tests.Infrastructure;

namespace CollectionGrains.Tests.Foundation;

public sealed class ReminderTests
{
    [Fact]
    public async Task A_reminder_registered_before_a_silo_restart_fires_after_it()
    {
        var clusterId = TestSilo.NewClusterId("reminder");
        var key = $"task-{Guid.NewGuid():N}";

        await using (var silo = await TestSilo.StartAsync(clusterId))
        {
            await silo.Grains.GetGrain<IProbeGrain>(key).ScheduleReminderAsync(TimeSpan.FromSeconds(12));
            Assert.Equal(0, (await silo.Grains.GetGrain<IProbeGrain>(key).GetAsync()).RemindersReceived);
        }
        Assert.Equal(1L, await TestPostgres.ScalarAsync<long>(
            "SELECT count(*) FROM orleans_reminder WHERE service_id = @service AND reminder_name = 'probe'", ("service", clusterId)));

        await using (var silo = await TestSilo.StartAsync(clusterId))
        {
            var probe = silo.Grains.GetGrain<IProbeGrain>(key);
            await Eventually.TrueAsync(async () => (await probe.GetAsync()).RemindersReceived >= 1,
                TimeSpan.FromSeconds(60), "the reminder stored in PostgreSQL fires on the restarted silo");
        }

        await TestPostgres.ExecuteAsync($"DELETE FROM orleans_reminder WHERE service_id = '{clusterId}'");
    }
}
