namespace CollectionGrains.Silo.Setup;

internal static class SetupRegistration
{
    /// <summary>Without the demo (CG_DEMO_HOUSEHOLDS unset or 0), the system starts with its group and first admin.</summary>
    public static IServiceCollection AddFirstAdmin(this IServiceCollection services, IConfiguration configuration) =>
        int.TryParse(configuration["CG_DEMO_HOUSEHOLDS"], out var households) && households > 0
            ? services
            : services.AddHostedService<FirstAdmin>();
}
