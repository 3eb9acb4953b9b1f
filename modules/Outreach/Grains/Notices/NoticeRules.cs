using CollectionGrains.Collection;

namespace CollectionGrains.Outreach.Notices;

/// <summary>What a notice request must be: an id of sane form, a known kind, and a deadline within reason (a lawyer's letter must set one).</summary>
internal static class NoticeRules
{
    public const int MaxDeadlineDays = 90;

    public static void Validate(NoticeRequest request, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(request.NoticeId) || request.NoticeId.Length > 100 || request.NoticeId.Any(char.IsControl))
        {
            throw CollectionRejectedException.BadInput("noticeId must be 1 to 100 characters without control characters");
        }
        if (!Enum.IsDefined(request.Kind))
        {
            throw CollectionRejectedException.BadInput("unknown notice kind");
        }
        if (request.Kind == NoticeKind.LawyerLetter && request.Deadline is null)
        {
            throw CollectionRejectedException.BadInput("a lawyer's letter sets the deadline by which the owner must pay (deadline)");
        }
        if (request.Deadline is { } deadline && (deadline <= today || deadline > today.AddDays(MaxDeadlineDays)))
        {
            throw CollectionRejectedException.BadInput($"the deadline {deadline:yyyy-MM-dd} must be after today and within {MaxDeadlineDays} days");
        }
    }

    public static ContactMethod MethodOf(NoticeKind kind) => kind switch
    {
        NoticeKind.PaymentNotice => ContactMethod.PaymentNotice,
        NoticeKind.DunningNotice => ContactMethod.DunningNotice,
        NoticeKind.DunningLetter => ContactMethod.DunningLetter,
        NoticeKind.LawyerLetter => ContactMethod.LawyerLetter,
        _ => ContactMethod.PublicNotice,
    };

    public static string TitleOf(NoticeKind kind) => kind switch
    {
        NoticeKind.PaymentNotice => "缴费通知单",
        NoticeKind.DunningNotice => "催收通知单",
        NoticeKind.DunningLetter => "催收通知函",
        NoticeKind.LawyerLetter => "律师函",
        _ => "欠费公示",
    };
}
