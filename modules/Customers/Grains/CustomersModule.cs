using CollectionGrains.Customers.Credit;
using Microsoft.Extensions.DependencyInjection;

namespace CollectionGrains.Customers;

/// <summary>Registers the Customers module's services in a silo.</summary>
public static class CustomersModule
{
    public static IServiceCollection AddCustomersModule(this IServiceCollection services) =>
        services.AddSingleton<CreditModelStore>().AddSingleton<CreditHistoryReader>().AddSingleton<CreditModels>().AddSingleton<IGradeRule, Grading.GradeRule>();
}
