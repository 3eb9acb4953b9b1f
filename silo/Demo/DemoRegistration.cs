namespace CollectionGrains.Silo.Demo;

internal static class DemoRegistration
{
    /// <summary>
    /// Loads the demo group when CG_DEMO_HOUSEHOLDS is above zero. The demo creates one user per role with a known
    /// password, so a silo told it is in production (CG_ENVIRONMENT=production) refuses to start with it.
    /// </summary>
    public static IServiceCollection AddDemoGroup(this IServiceCollection services, IConfiguration configuration)
    {
        var demo = int.TryParse(configuration["CG_DEMO_HOUSEHOLDS"], out var households) && households > 0;
        if (demo && string.Equals(configuration["CG_ENVIRONMENT"], "production", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                "CG_DEMO_HOUSEHOLDS is set while CG_ENVIRONMENT=production: the demo creates users with a known password. " +
                "Unset CG_DEMO_HOUSEHOLDS (or set it to 0) to start.");
        }
        if (demo && DemoClock.From(configuration["CG_DEMO_TIME"]) is { } clock)
        {
            services.AddSingleton<Kernel.BusinessClock>(clock);
        }
        return services.AddHostedService<DemoLoader>();
    }
}
