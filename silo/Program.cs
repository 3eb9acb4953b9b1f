using CollectionGrains.Analytics;
using CollectionGrains.Billing;
using CollectionGrains.Collection;
using CollectionGrains.Customers;
using CollectionGrains.GraphQL;
using CollectionGrains.Hosting;
using CollectionGrains.Organisation;
using CollectionGrains.Outreach;
using CollectionGrains.Service;
using CollectionGrains.Silo.Demo;
using CollectionGrains.Silo.Sandbox;
using CollectionGrains.Silo.Setup;

var builder = WebApplication.CreateBuilder(args);
builder.AddCollectionGrainsSilo();
builder.Services.AddOrganisationModule();
builder.Services.AddBillingModule();
builder.Services.AddCollectionModule();
builder.Services.AddOutreachModule();
builder.Services.AddServiceModule();
builder.Services.AddCustomersModule();
builder.Services.AddAnalyticsModule();
builder.Services.AddCollectionGrainsGraphQL();
builder.Services.AddDemoGroup(builder.Configuration);
builder.Services.AddFirstAdmin(builder.Configuration);

var app = builder.Build();
app.MapCollectionGrainsHealth();
app.MapCollectionGrainsMetrics();
app.MapCollectionGrainsGraphQL();
if (SandboxCashier.IsEnabled(app.Configuration))
{
    app.MapSandboxCashier();
}
app.Run();
