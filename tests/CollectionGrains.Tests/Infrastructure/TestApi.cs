using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CollectionGrains.Access;
using CollectionGrains.Billing;
using CollectionGrains.Collection;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL;
using CollectionGrains.GraphQL.Transport;
using CollectionGrains.Hosting;
using CollectionGrains.Outreach;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace CollectionGrains.Tests.Infrastructure;

/// <summary>
/// The GraphQL API over real HTTP on a loopback port: either a silo with the API in one process (the production silo's
/// wiring) or the stand-alone front end, an Orleans client of a cluster that runs elsewhere.
/// </summary>
public sealed class TestApi : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestApi(WebApplication app, string url)
    {
        _app = app;
        BaseUri = new Uri(url);
        Http = new HttpClient { BaseAddress = BaseUri, Timeout = TimeSpan.FromMinutes(2) };
    }

    public Uri BaseUri { get; }

    public Uri GraphQLUri => new(BaseUri, "/graphql");

    public Uri WebSocketUri => new UriBuilder(GraphQLUri) { Scheme = "ws" }.Uri;

    public HttpClient Http { get; }

    public IGrainFactory Grains => _app.Services.GetRequiredService<IGrainFactory>();

    public IServiceProvider Services => _app.Services;

    /// <summary>The test key every TestApi signs and checks tokens with (a silo and a front end of one test agree).</summary>
    public static readonly TokenSettings TokenSettings = new()
    {
        Keys = [("test-key", System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes("collectiongrains tests")))],
    };

    /// <summary>A token for a user of this role and scope, issued by the API's own token code (no user needs to exist).</summary>
    public string TokenFor(Role role, string scopeNodeId, string? username = null) =>
        _app.Services.GetRequiredService<AccessTokens>().Issue(new UserAccount(username ?? $"test-{role}".ToLowerInvariant(), $"Test {role}", role, scopeNodeId)).Token;

    /// <summary>Sends this token with every later request of <see cref="Http"/>.</summary>
    public void SignIn(string token) => Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

    public void SignIn(Role role, string scopeNodeId) => SignIn(TokenFor(role, scopeNodeId));

    public static Task<TestApi> StartSiloAsync(string clusterId, Action<GraphQLEndpointOptions>? configure = null, Func<OutreachSettings, OutreachSettings>? outreach = null,
        Action<IServiceCollection>? services = null) =>
        StartAsync((builder, url) =>
        {
            services?.Invoke(builder.Services);
            builder.Host.UseCollectionGrainsSilo(Cluster(clusterId), TestPostgres.Settings,
                silo => silo.Configure<ClusterMembershipOptions>(o => o.NumMissedProbesLimit = 2));
            CollectionGrains.Organisation.OrganisationModule.AddOrganisationModule(builder.Services);
            builder.Services.AddBillingModule();
            builder.Services.AddCollectionModule(TestSilo.CollectionSettings);
            var settings = OutreachSettings.WithRandomKeys(url);
            builder.Services.AddOutreachModule(outreach?.Invoke(settings) ?? settings);
            CollectionGrains.Service.ServiceModule.AddServiceModule(builder.Services);
            CollectionGrains.Customers.CustomersModule.AddCustomersModule(builder.Services);
            CollectionGrains.Analytics.AnalyticsModule.AddAnalyticsModule(builder.Services);
        }, configure);

    public static Task<TestApi> StartFrontEndAsync(string clusterId) =>
        StartAsync((builder, _) => builder.Host.UseCollectionGrainsClient(Cluster(clusterId), TestPostgres.Settings), null);

    /// <summary>Posts a GraphQL request; returns the status and the parsed response body.</summary>
    public async Task<(int Status, JsonNode Body)> PostAsync(string query, object? variables = null, string accept = "application/graphql-response+json", string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        using var response = await Http.SendAsync(request);
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    /// <summary>GETs a download link (an export, a document) with the token of whoever asked for it; it must answer 200.</summary>
    public async Task<byte[]> DownloadAsync(string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await Http.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Posts a request that must succeed without errors; returns its data.</summary>
    public async Task<JsonNode> DataAsync(string query, object? variables = null, string? token = null)
    {
        var (status, body) = await PostAsync(query, variables, token: token);
        Assert.True(status == 200 && body["errors"] is null, $"{status}: {body.ToJsonString()}");
        return body["data"]!;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        // A test's silo is not left gracefully: its cluster id is its own, nothing reads it again, and every change
        // was written before it was acknowledged. The abrupt stop saves the seconds a graceful one spends deactivating.
        await _app.StopAsync(new CancellationToken(canceled: true));
        await _app.DisposeAsync();
    }

    private static ClusterSettings Cluster(string clusterId) =>
        new(clusterId, clusterId, System.Net.IPAddress.Loopback, FreePorts.Next(), FreePorts.Next(), "http://127.0.0.1:0");

    private static async Task<TestApi> StartAsync(Action<WebApplicationBuilder, string> host, Action<GraphQLEndpointOptions>? configure)
    {
        var url = $"http://127.0.0.1:{FreePorts.Next()}";
        var builder = WebApplication.CreateBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning).AddFilter("Orleans", LogLevel.Error);
        builder.WebHost.UseUrls(url);
        host(builder, url);
        builder.Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(TokenSettings));
        builder.Services.AddCollectionGrainsGraphQL(configure);
        var app = builder.Build();
        app.MapCollectionGrainsHealth();
        app.MapCollectionGrainsGraphQL();
        app.MapCollectionGrainsMetrics();
        await app.StartAsync();
        return new TestApi(app, url);
    }
}
