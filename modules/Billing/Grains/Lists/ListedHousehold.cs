namespace CollectionGrains.Billing.Lists;

/// <summary>A line of a live arrears list with its building's path (项目/管理区/楼栋), the first key of the room order.</summary>
internal sealed record ListedHousehold(ArrearsListEntry Entry, string BuildingPath);
