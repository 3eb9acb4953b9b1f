using CollectionGrains.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddCollectionGrainsSilo();

var app = builder.Build();
app.MapCollectionGrainsHealth();
app.Run();
