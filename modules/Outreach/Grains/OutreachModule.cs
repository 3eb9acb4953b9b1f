using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CollectionGrains.Outreach;

/// <summary>Registers the Outreach module's services in a silo; settings from the environment unless given.</summary>
public static class OutreachModule
{
    public static IServiceCollection AddOutreachModule(this IServiceCollection services, OutreachSettings? settings = null)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(settings ?? OutreachSettings.FromEnvironment());
        services.AddSingleton<PayLinks.SandboxPayProvider>();
        services.AddSingleton<Notices.NoticeArchive>();
        services.AddSingleton<Messages.MessageOutbox>();
        services.AddSingleton<Messages.MessageTransport>();
        services.AddSingleton<Messages.MessageSender>();
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(provider => provider.GetRequiredService<Messages.MessageSender>());
        services.TryAddSingleton(new Kernel.BusinessClock(TimeProvider.System));
        return services;
    }
}
