using System.Globalization;
using CollectionGrains.Access;
using CollectionGrains.Tests.Billing;
using CollectionGrains.Tests.Collection;
using CollectionGrains.Tests.Infrastructure;

namespace CollectionGrains.Tests.Analytics;

/// <summary>
/// A collection scene for the analyses, worked through the API: households in arrears, collectors holding the first
/// buildings, and helpers to record contacts and payments as the people would.
/// </summary>
public sealed class AnalyticsScene(TestApi api, CollectionScene scene, IReadOnlyList<string> collectors)
{
    public CollectionScene Scene => scene;

    public IReadOnlyList<string> Collectors => collectors;

    public string Supervisor => api.TokenFor(Role.Supervisor, scene.Tree.Project, "主管-陈静");

    /// <summary>Two households in each of the three buildings; collector i holds building i.</summary>
    public static Task<AnalyticsScene> CreateAsync(TestApi api, params string[] names) => CreateAsync(api, lateFees: true, names);

    /// <summary>As above; with <paramref name="lateFees"/> false, payments settle principal only.</summary>
    public static async Task<AnalyticsScene> CreateAsync(TestApi api, bool lateFees, params string[] names)
    {
        var scene = await CollectionScene.CreateAsync(api.Grains, householdsPerBuilding: 2, owed: 500m, lateFees);
        await scene.TasksOpenAsync();
        var collectors = new List<string>();
        foreach (var name in names)
        {
            collectors.Add(await scene.CollectorAsync(name));
        }
        var analytics = new AnalyticsScene(api, scene, collectors);
        for (var i = 0; i < Math.Min(collectors.Count, scene.Tree.Buildings.Length); i++)
        {
            await api.DataAsync("mutation($i: AssignHouseholdsInput!) { assignHouseholds(input: $i) { moved } }",
                new { i = new { projectId = scene.Tree.Project, collector = collectors[i], buildingIds = new[] { scene.Tree.Buildings[i] } } }, analytics.Supervisor);
        }
        return analytics;
    }

    public Task ContactAsync(string collector, string household, string outcome, bool answered, (DateOnly Date, decimal Amount)? promise = null,
        (string Category, string Text)? reason = null, string? script = null) =>
        api.DataAsync("mutation($i: RecordContactInput!) { recordContact(input: $i) { appliedNow } }", new
        {
            i = new
            {
                contactId = BillingFixtures.NewId("analytics"), householdId = household, method = "PHONE", outcome, answered,
                promisedDate = promise?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), promisedAmount = promise?.Amount.ToString("0.00", CultureInfo.InvariantCulture),
                reason = reason is { } r ? new { category = r.Category, text = r.Text } : null, scriptId = script,
            },
        }, api.TokenFor(Role.Collector, scene.Tree.Project, collector));

    public Task PayAsync(string household, decimal amount) =>
        api.DataAsync("mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { appliedNow } }", new
        {
            i = new { paymentId = BillingFixtures.NewId("analytics"), householdId = household, amount = amount.ToString("0.00", CultureInfo.InvariantCulture), channel = "COUNTER", paidAt = DateTimeOffset.UtcNow.ToString("O") },
        }, api.TokenFor(Role.GroupAdmin, scene.Tree.Group));
}
