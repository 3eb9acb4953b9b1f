using CollectionGrains.Billing;

namespace CollectionGrains.Silo.Demo;

/// <summary>A demo project: its node id, its charge items and its households.</summary>
internal sealed record DemoProject(string ProjectId, IReadOnlyList<ChargeItem> Items, IReadOnlyList<DemoHousehold> Households);
