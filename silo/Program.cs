using CollectionGrains.Billing;
using CollectionGrains.Hosting;
using CollectionGrains.Silo.Demo;

var builder = WebApplication.CreateBuilder(args);
builder.AddCollectionGrainsSilo();
builder.Services.AddBillingModule();
builder.Services.AddHostedService<DemoLoader>();

var app = builder.Build();
app.MapCollectionGrainsHealth();
app.Run();
