using CollectionGrains.Tests.Infrastructure;

namespace CollectionGrains.Tests.Billing;

/// <summary>The Billing tables follow the grains through each grain's outbox, a moment after the acknowledgement.</summary>
public static class BillingTables
{
    public static Task WaitForAsync(string condition) =>
        Eventually.TrueAsync(async () => await TestPostgres.ScalarAsync<bool>(condition), TimeSpan.FromSeconds(10), condition);
}
