using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CollectionGrains.Analytics;

/// <summary>Registers what the Analytics module's grains need in a silo (the database comes with the silo).</summary>
public static class AnalyticsModule
{
    public static IServiceCollection AddAnalyticsModule(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<KeptMonths>();
        services.AddSingleton<Reports.ReportStore>();
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, Standing.HouseholdStandingStart>();
        return services;
    }
}
