using Microsoft.Extensions.DependencyInjection;

namespace CollectionGrains.Organisation;

/// <summary>Registers the Organisation module's services in a silo.</summary>
public static class OrganisationModule
{
    public static IServiceCollection AddOrganisationModule(this IServiceCollection services)
    {
        services.AddSingleton<OrgNodesOnThisSilo>();
        return services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(provider => provider.GetRequiredService<OrgNodesOnThisSilo>());
    }
}
