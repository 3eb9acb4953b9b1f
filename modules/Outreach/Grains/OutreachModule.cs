using Microsoft.Extensions.DependencyInjection;
using CollectionGrains.Hosting;
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
        services.AddSqlGauge("cg.outbox.queued", "{message}", "Messages waiting in the outbox (for their window, a retry or a sender).",
            "SELECT count(*) FROM outreach.message WHERE status = 'Queued'");
        services.AddSqlGauge("cg.outbox.oldest_age", "s", "How long the oldest waiting message has waited since it was decided.",
            "SELECT extract(epoch FROM now() - min(decided_at)) FROM outreach.message WHERE status = 'Queued'");
        return services;
    }
}
