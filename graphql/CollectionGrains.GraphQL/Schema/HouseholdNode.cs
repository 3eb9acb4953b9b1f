using CollectionGrains.Billing;

namespace CollectionGrains.GraphQL.Schema;

/// <summary>
/// A household as a query reaches it: by id, with its profile when already read, or with its line of an arrears list
/// (which carries room, owner and phones, so a page of the list needs no further calls for them).
/// </summary>
internal sealed record HouseholdNode(string Id, HouseholdProfile? Profile = null, ArrearsListEntry? Listed = null);
