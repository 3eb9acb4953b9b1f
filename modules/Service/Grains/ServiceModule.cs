using Microsoft.Extensions.DependencyInjection;

namespace CollectionGrains.Service;

/// <summary>Registers the Service module's services in a silo.</summary>
public static class ServiceModule
{
    public static IServiceCollection AddServiceModule(this IServiceCollection services) =>
        services.AddSingleton<ServiceTables>();
}
