using CollectionGrains.Analytics.Standing;
using CollectionGrains.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CollectionGrains.Tests.Analytics;

/// <summary>
/// The standing's keeper takes the change feed in chunks; a catch-up after an onboarding or a bill run of a million
/// households takes minutes. A silo that starts to stop must not wait for it: the keeper takes no further chunk, and the
/// call that asked for the refresh ends as cancelled, which the API runs again on the silos that stay.
/// </summary>
public sealed class StandingKeeperStopTests
{
    [Fact]
    public async Task A_stopping_silos_keeper_takes_no_further_chunk_and_ends_the_refresh_as_cancelled()
    {
        await using var silo = await TestSilo.StartAsync(TestSilo.NewClusterId("keeper-stop"));
        var keeper = silo.Grains.GetGrain<IHouseholdStandingGrain>(0);
        await keeper.RefreshAsync();

        silo.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(keeper.RefreshAsync);
    }
}
