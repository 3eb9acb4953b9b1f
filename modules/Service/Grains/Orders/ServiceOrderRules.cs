using CollectionGrains.Collection;

namespace CollectionGrains.Service.Orders;

/// <summary>
/// The rules of a household's service orders: what an order must say, its deadline by category (基础服务 3 days, 增值服务
/// 7, 地产 30, 其他 7, counted from its opening or reopening), and the moves between statuses — open → in progress →
/// resolved → confirmed by the owner, or reopened → in progress → resolved again. A confirmed order is closed for good.
/// No clock: every operation is told the time; a refusal changes nothing.
/// </summary>
internal static class ServiceOrderRules
{
    public const int MaxDescription = 2000, MaxNote = 1000, MaxPhotos = 6;

    public static int DeadlineDays(ArrearsReasonCategory category) => category switch
    {
        ArrearsReasonCategory.BasicService => 3,
        ArrearsReasonCategory.Developer => 30,
        _ => 7,
    };

    public static void CheckNew(NewServiceOrder order)
    {
        if (!Enum.IsDefined(order.Category))
        {
            throw CollectionRejectedException.BadInput("category must be one of BASIC_SERVICE, VALUE_ADDED_SERVICE, DEVELOPER, OTHER");
        }
        if (string.IsNullOrWhiteSpace(order.Description) || order.Description.Trim().Length > MaxDescription)
        {
            throw CollectionRejectedException.BadInput($"a service order says what is wrong in 1 to {MaxDescription} characters");
        }
        if (order.ContactId is { Length: 0 or > 100 })
        {
            throw CollectionRejectedException.BadInput("contactId must be 1 to 100 characters");
        }
        if (order.Photos.Count > MaxPhotos)
        {
            throw CollectionRejectedException.BadInput($"at most {MaxPhotos} photos");
        }
        if (order.Photos.FirstOrDefault(photo => photo.Length > VisitEvidence.MaxPhotoBytes || Kernel.PhotoFormat.ContentType(photo) is null) is not null)
        {
            throw CollectionRejectedException.BadInput($"each photo must be a JPEG or PNG of at most {VisitEvidence.MaxPhotoBytes / 1024 / 1024} MiB");
        }
    }

    /// <summary>The order after a move; the same status again (a retry) returns it unchanged.</summary>
    public static ServiceOrder Move(ServiceOrder order, ServiceOrderStatus to, string? note, CollectionActor actor, DateTimeOffset now, DateOnly today)
    {
        note = note?.Trim() is { Length: > 0 } text ? text : null;
        if (note is { Length: > MaxNote })
        {
            throw CollectionRejectedException.BadInput($"a note has at most {MaxNote} characters");
        }
        if (order.Status == to)
        {
            return order;
        }
        var allowed = (order.Status, to) switch
        {
            (ServiceOrderStatus.Open or ServiceOrderStatus.Reopened, ServiceOrderStatus.InProgress or ServiceOrderStatus.Resolved) => true,
            (ServiceOrderStatus.InProgress, ServiceOrderStatus.Resolved) => true,
            (ServiceOrderStatus.Resolved, ServiceOrderStatus.Confirmed or ServiceOrderStatus.Reopened) => true,
            _ => false,
        };
        if (!allowed)
        {
            throw CollectionRejectedException.Conflict($"service order {order.OrderId} is {order.Status}: it cannot become {to}");
        }
        if (to == ServiceOrderStatus.Reopened && note is null)
        {
            throw CollectionRejectedException.BadInput("reopening says what is still wrong (note)");
        }
        return order with
        {
            Status = to,
            Deadline = to == ServiceOrderStatus.Reopened ? today.AddDays(DeadlineDays(order.Category)) : order.Deadline,
            Events = [.. order.Events, new ServiceOrderEvent(now, actor.Username, order.Status, to, note)],
        };
    }
}
