using Orleans.Concurrency;

namespace CollectionGrains.Service;

/// <summary>The service orders at or below an organisation node (key: node id), read from service.service_order, newest first.</summary>
public interface IServiceQueueGrain : IGrainWithStringKey
{
    [ReadOnly]
    Task<ServiceOrderPage> GetOrdersAsync(ServiceOrderStatus? status, int first, string? after);
}
