using System.Security.Cryptography;
using CollectionGrains.Billing;
using CollectionGrains.Collection;
using CollectionGrains.Kernel;
using CollectionGrains.Service.Orders;
using Microsoft.Extensions.Logging;

namespace CollectionGrains.Service;

/// <summary>
/// A household's service orders. A change is written first (the commit point: only then is the call acknowledged);
/// then its rows go to the service tables and the household's collection case is told which orders are open — both
/// idempotent, done again on activation and retried until they succeed.
/// </summary>
internal sealed class HouseholdServiceGrain(
    [PersistentState("householdService")] IPersistentState<HouseholdServiceState> state,
    ServiceTables tables,
    BusinessClock clock,
    ILogger<HouseholdServiceGrain> logger) : Grain, IHouseholdServiceGrain
{
    private static readonly TimeSpan Retry = TimeSpan.FromSeconds(5);
    private IGrainTimer? _retry;

    private string HouseholdId => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Orders.Count > 0)
        {
            _ = SyncAsync(state.State.Orders);
        }
        return Task.CompletedTask;
    }

    public async Task<ServiceOrder> OpenAsync(NewServiceOrder order, CollectionActor actor)
    {
        ServiceOrderRules.CheckNew(order);
        if (order.ContactId is { } contactId && state.State.Orders.Find(o => o.ContactId == contactId) is { } existing)
        {
            return existing.Category == order.Category && existing.Description == order.Description.Trim()
                ? existing
                : throw CollectionRejectedException.Conflict($"contact {contactId} already opened service order {existing.OrderId} with other content");
        }
        var profile = await GrainFactory.GetGrain<IHouseholdGrain>(HouseholdId).GetProfileAsync()
            ?? throw CollectionRejectedException.NotFound($"household {HouseholdId} does not exist");
        var photos = order.Photos.Select(photo => (Sha256: Convert.ToHexStringLower(SHA256.HashData(photo)), Content: photo)).ToList();
        foreach (var (sha256, content) in photos)
        {
            await tables.SavePhotoAsync(sha256, PhotoFormat.ContentType(content)!, content);
        }
        var now = clock.Now;
        var opened = new ServiceOrder($"{HouseholdId}:service-{state.State.Orders.Count + 1}", HouseholdId, profile.ProjectId, profile.BuildingId, order.Category,
            order.Description.Trim(), order.ContactId, [.. photos.Select(p => p.Sha256)], ServiceOrderStatus.Open,
            clock.Today.AddDays(ServiceOrderRules.DeadlineDays(order.Category)), [new ServiceOrderEvent(now, actor.Username, null, ServiceOrderStatus.Open, null)]);
        state.State.Orders.Add(opened);
        await CommitAsync(opened);
        return opened;
    }

    public async Task<ServiceOrder> UpdateAsync(string orderId, ServiceOrderStatus status, string? note, CollectionActor actor)
    {
        var index = state.State.Orders.FindIndex(o => o.OrderId == orderId);
        if (index < 0)
        {
            throw CollectionRejectedException.NotFound($"household {HouseholdId} has no service order {orderId}");
        }
        var moved = ServiceOrderRules.Move(state.State.Orders[index], status, note, actor, clock.Now, clock.Today);
        if (moved == state.State.Orders[index])
        {
            return moved;
        }
        state.State.Orders[index] = moved;
        await CommitAsync(moved);
        return moved;
    }

    public Task<IReadOnlyList<ServiceOrder>> GetOrdersAsync() => Task.FromResult<IReadOnlyList<ServiceOrder>>([.. state.State.Orders]);

    private async Task CommitAsync(ServiceOrder changed)
    {
        state.State.Version++;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            DeactivateOnIdle();   // memory may hold what was not written: load again from the store
            throw;
        }
        await SyncAsync([changed]);
    }

    /// <summary>Copies the orders to the tables and tells the case; on failure, tries again (all of them) a little later.</summary>
    private async Task SyncAsync(IReadOnlyList<ServiceOrder> orders)
    {
        try
        {
            await tables.WriteOrdersAsync(orders);
            var open = state.State.Orders.Where(o => o.IsOpen).Select(o => new ServiceHold(o.OrderId, o.Category, o.Deadline, o.Status == ServiceOrderStatus.Resolved)).ToList();
            var confirmed = state.State.Orders.SelectMany(o => o.Events).Where(e => e.To == ServiceOrderStatus.Confirmed).Select(e => (DateTimeOffset?)e.At).Max();
            await GrainFactory.GetGrain<IHouseholdCaseGrain>(HouseholdId).ApplyServiceAsync(
                new ServiceSignal(HouseholdId, state.State.Version, open, confirmed, state.State.Orders[^1].BuildingId));
            _retry?.Dispose();
            _retry = null;
        }
        catch (Exception e) when (e is not CollectionRejectedException)
        {
            logger.ServiceOrdersNotSynced(e, HouseholdId);
            _retry ??= this.RegisterGrainTimer(() => SyncAsync(state.State.Orders), new GrainTimerCreationOptions(Retry, Retry) { Interleave = false });
        }
    }
}
