using CollectionGrains.Collection;
using CollectionGrains.Service;

namespace CollectionGrains.Silo.Demo;

/// <summary>
/// Service orders in the first project, from the history's class-E refusals over service: most still open (their
/// households' dunning paused), one being worked, one fixed and awaiting the owner, one confirmed (its household's plan
/// has a follow-up). Loading again opens nothing new (an order is idempotent by the contact it came from).
/// </summary>
internal static class DemoServiceOrders
{
    private const int Orders = 8;
    private static readonly CollectionActor Supervisor = new("supervisor1", ActorRank.Supervisor);

    public static async Task<int> LoadAsync(IGrainFactory grains, DemoProject project)
    {
        var opened = 0;
        foreach (var household in project.Households.Where(h => h.Grade == "Defaulter"))
        {
            if (opened == Orders)
            {
                break;
            }
            var @case = await grains.GetGrain<IHouseholdCaseGrain>(household.Profile.HouseholdId).GetAsync();
            if (@case.Contacts.FirstOrDefault(c => c.Request.Outcome == ContactClass.E_Refusing && c.Request.Reason is { Category: not ArrearsReasonCategory.Other }) is not { } complaint)
            {
                continue;
            }
            var service = grains.GetGrain<IHouseholdServiceGrain>(household.Profile.HouseholdId);
            var order = await service.OpenAsync(new NewServiceOrder(complaint.Request.Reason!.Category, complaint.Request.Reason.Text ?? "业主投诉", complaint.ContactId, []), Supervisor);
            var steps = (opened % 4) switch
            {
                1 => new[] { (ServiceOrderStatus.InProgress, "已派维修工上门查看") },
                2 => [(ServiceOrderStatus.InProgress, "已派维修工上门查看"), (ServiceOrderStatus.Resolved, "已整改完毕，待业主确认")],
                3 => [(ServiceOrderStatus.InProgress, "已派维修工上门查看"), (ServiceOrderStatus.Resolved, "已整改完毕"), (ServiceOrderStatus.Confirmed, "业主确认已修好")],
                _ => [],
            };
            foreach (var (status, note) in steps.Where(s => order.Events.All(e => e.To != s.Item1)))
            {
                order = await service.UpdateAsync(order.OrderId, status, note, Supervisor);
            }
            opened++;
        }
        return opened;
    }
}
