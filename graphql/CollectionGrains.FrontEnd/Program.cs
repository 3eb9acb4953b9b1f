using CollectionGrains.GraphQL;
using CollectionGrains.Hosting;

// The GraphQL API alone: an Orleans client of the cluster named by CG_CLUSTER_ID, serving CG_HTTP_URL.
var builder = WebApplication.CreateBuilder(args);
builder.AddCollectionGrainsClient();
builder.Services.AddCollectionGrainsGraphQL();

var app = builder.Build();
app.MapCollectionGrainsHealth();
app.MapCollectionGrainsGraphQL();
app.MapCollectionGrainsMetrics();
app.Run();
