using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Errors;
using CollectionGrains.GraphQL.Schema;
using CollectionGrains.GraphQL.Transport;
using CollectionGrains.Kernel;
using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CollectionGrains.GraphQL;

/// <summary>The GraphQL API: schema and resolvers over the grains, and its HTTP and WebSocket transport at /graphql.</summary>
public static class GraphQLModule
{
    public static IServiceCollection AddCollectionGrainsGraphQL(this IServiceCollection services, Action<GraphQLEndpointOptions>? configure = null)
    {
        var options = services.AddOptions<GraphQLEndpointOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }
        services.TryAddSingleton(new BusinessClock(TimeProvider.System));
        services.TryAddSingleton<IOptions<TokenSettings>>(_ => Microsoft.Extensions.Options.Options.Create(TokenSettings.FromEnvironment()));
        services.AddSingleton<AccessTokens>();
        services.AddSingleton<GraphQLExecution>();
        services.AddSingleton<GraphQLRequestReader>();
        services.AddSingleton<GraphQLHttpEndpoint>();
        services.AddSingleton<DownloadEndpoint>();
        services.AddSingleton<NoticeEndpoint>();
        services.AddSingleton<VisitPhotoEndpoint>();
        services.AddSingleton<DoorLabelsEndpoint>();
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<CollectionGrainsSchema>()
            .AddSystemTextJson(json => json.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddGraphTypes(typeof(GraphQLModule).Assembly)
            .AddErrorInfoProvider<ApiErrorInfoProvider>()
            .AddComplexityAnalyzer((complexity, provider) =>
            {
                var limits = provider.GetRequiredService<IOptions<GraphQLEndpointOptions>>().Value;
                complexity.MaxDepth = limits.MaxDepth;
                complexity.MaxComplexity = limits.MaxComplexity;
                complexity.DefaultComplexityImpactDelegate = QueryCost.Of;
            }));
        return services;
    }

    public static IEndpointRouteBuilder MapCollectionGrainsGraphQL(this IEndpointRouteBuilder endpoints)
    {
        _ = endpoints.ServiceProvider.GetRequiredService<AccessTokens>(); // no signing key: fail at start, not at the first request
        if (endpoints is IApplicationBuilder app)
        {
            app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        }
        endpoints.Map(GraphQLEndpointOptions.Path, async http =>
        {
            if (http.WebSockets.IsWebSocketRequest)
            {
                await AcceptSocketAsync(http);
                return;
            }
            await http.RequestServices.GetRequiredService<GraphQLHttpEndpoint>().HandleAsync(http);
        });
        endpoints.MapGet(GraphQLEndpointOptions.Path + "/assets/{name}", (HttpContext http, string name) => GraphiQLPage.WriteAssetAsync(http, name));
        endpoints.MapGet(Schema.ExportArrears.DownloadPath + "/{id}", (HttpContext http, string id) =>
            http.RequestServices.GetRequiredService<DownloadEndpoint>().HandleAsync(http, id));
        endpoints.MapGet(Schema.Outreach.NoticeGraphType.PdfPath + "/{id}/pdf", (HttpContext http, string id) =>
            http.RequestServices.GetRequiredService<NoticeEndpoint>().HandleAsync(http, id));
        endpoints.MapGet(Schema.Collection.VisitPhotoPath.Path, (HttpContext http, string household, string contact) =>
            http.RequestServices.GetRequiredService<VisitPhotoEndpoint>().HandleAsync(http, household, contact));
        endpoints.MapGet(DoorLabelsEndpoint.Prefix + "/{id}/door-labels.pdf", (HttpContext http, string id) =>
            http.RequestServices.GetRequiredService<DoorLabelsEndpoint>().HandleAsync(http, id));
        PayEndpoints.Map(endpoints);
        WebApp.Map(endpoints);
        endpoints.MapPost(CollectionGrains.Outreach.MessageReceipt.Path, MessageReceiptEndpoint.HandleAsync);
        if (Kernel.DashboardSetting.IsOn)
        {
            DashboardAccess.Map(endpoints);
        }
        return endpoints;
    }

    private static async Task AcceptSocketAsync(HttpContext http)
    {
        var services = http.RequestServices;
        var offered = http.WebSockets.WebSocketRequestedProtocols.Contains(GraphQLWebSocketSession.SubProtocol);
        using var socket = await http.WebSockets.AcceptWebSocketAsync(offered ? GraphQLWebSocketSession.SubProtocol : null);
        if (!offered)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await socket.CloseAsync((System.Net.WebSockets.WebSocketCloseStatus)4406, "Subprotocol not acceptable", timeout.Token);
            return;
        }
        var session = new GraphQLWebSocketSession(
            socket, http, services.GetRequiredService<GraphQLExecution>(), services.GetRequiredService<GraphQLRequestReader>(),
            services.GetRequiredService<IGraphQLTextSerializer>(), services.GetRequiredService<AccessTokens>(), services.GetRequiredService<IGrainFactory>(),
            services.GetRequiredService<ILoggerFactory>().CreateLogger<GraphQLWebSocketSession>());
        await session.RunAsync();
    }
}
