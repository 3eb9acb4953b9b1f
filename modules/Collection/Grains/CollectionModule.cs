using CollectionGrains.Collection.Journal;
using CollectionGrains.Hosting;
using CollectionGrains.Hosting.Journal;
using Microsoft.Extensions.DependencyInjection;

namespace CollectionGrains.Collection;

/// <summary>Registers the Collection module's services in a silo.</summary>
public static class CollectionModule
{
    public static IServiceCollection AddCollectionModule(this IServiceCollection services, CollectionSettings? settings = null)
    {
        services.AddSingleton(settings ?? CollectionSettings.FromEnvironment());
        services.AddSingleton<Visits.VisitPhotos>();
        services.AddSingleton<JournalWriter<CaseJournalBatch>>();
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(provider => provider.GetRequiredService<JournalWriter<CaseJournalBatch>>());
        services.AddSingleton<CaseJournal>();
        services.AddSingleton<StoredCases>();
        services.AddSingleton<CollectorFigures>();
        services.AddSqlGauge("cg.tasks.open", "{task}", "Collection tasks open (one per household in arrears being worked).",
            "SELECT count(*) FROM collection.task WHERE closed_at IS NULL");
        services.AddSqlGauge("cg.warnings.open", "{warning}", "Collection warnings (催收预警) open, at any level.",
            "SELECT count(*) FROM collection.warning WHERE cleared_on IS NULL");
        return services.AddSingleton<RecordSheetSource>();
    }
}
