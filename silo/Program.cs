using CollectionGrains.Billing;
using CollectionGrains.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddCollectionGrainsSilo();
builder.Services.AddBillingModule();

var app = builder.Build();
app.MapCollectionGrainsHealth();
app.Run();
