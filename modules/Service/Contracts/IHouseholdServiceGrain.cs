using CollectionGrains.Collection;

namespace CollectionGrains.Service;

/// <summary>
/// A household's service orders (key: household id). Each change is written before the call returns, then copied to
/// the service tables and told to the household's collection case (which pauses dunning while an order is open).
/// Refusals throw <see cref="CollectionRejectedException"/> and change nothing.
/// </summary>
public interface IHouseholdServiceGrain : IGrainWithStringKey
{
    /// <summary>Opens an order; opened again from the same contact, the first order is returned.</summary>
    Task<ServiceOrder> OpenAsync(NewServiceOrder order, CollectionActor actor);

    /// <summary>Moves an order along open → in progress → resolved → confirmed (or reopened), with a note.</summary>
    Task<ServiceOrder> UpdateAsync(string orderId, ServiceOrderStatus status, string? note, CollectionActor actor);

    Task<IReadOnlyList<ServiceOrder>> GetOrdersAsync();
}
