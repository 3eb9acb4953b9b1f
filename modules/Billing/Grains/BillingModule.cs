using CollectionGrains.Billing.Journal;
using CollectionGrains.Hosting.Journal;
using Microsoft.Extensions.DependencyInjection;

namespace CollectionGrains.Billing;

/// <summary>Registers the Billing module's services in a silo.</summary>
public static class BillingModule
{
    public static IServiceCollection AddBillingModule(this IServiceCollection services)
    {
        services.AddSingleton<JournalWriter<JournalBatch>>();
        services.AddSingleton<StoredHouseholds>();
        services.AddSingleton<NewHouseholds>();
        services.AddSingleton<ImportedHouseholdBills>();
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(provider => provider.GetRequiredService<JournalWriter<JournalBatch>>());
        return services.AddSingleton<BillingJournal>();
    }
}
