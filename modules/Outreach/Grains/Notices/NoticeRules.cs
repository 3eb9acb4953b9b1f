using CollectionGrains.Collection;

namespace CollectionGrains.Outreach.Notices;

/// <summary>What a notice request must be: an id of sane form, a known kind, and a deadline within reason (a lawyer's letter must set one); and the service centre it prints.</summary>
internal static class NoticeRules
{
    public const int MaxDeadlineDays = 90;

    public static void Validate(NoticeRequest request, DateOnly today)
    {
        if (request.NoticeId.Length is 0 or > 100 || !request.NoticeId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':'))
        {
            throw CollectionRejectedException.BadInput("noticeId must be 1 to 100 of A–Z, a–z, 0–9, '-', '_', '.', ':' (it is part of the PDF's address)");
        }
        if (!Enum.IsDefined(request.Kind))
        {
            throw CollectionRejectedException.BadInput("unknown notice kind");
        }
        ValidateDeadline(request.Kind, request.Deadline, today);
    }

    public static void ValidateDeadline(NoticeKind kind, DateOnly? deadline, DateOnly today)
    {
        if (kind == NoticeKind.LawyerLetter && deadline is null)
        {
            throw CollectionRejectedException.BadInput("a lawyer's letter sets the deadline by which the owner must pay (deadline)");
        }
        if (deadline is { } date && (date <= today || date > today.AddDays(MaxDeadlineDays)))
        {
            throw CollectionRejectedException.BadInput($"the deadline {date:yyyy-MM-dd} must be after today and within {MaxDeadlineDays} days");
        }
    }

    public static void ValidateDelivery(Notice notice, NoticeDelivery delivery, DateOnly today)
    {
        var issuedOn = Kernel.BusinessCalendar.DateOf(notice.IssuedAt);
        if (delivery.DeliveredOn < issuedOn || delivery.DeliveredOn > today)
        {
            throw CollectionRejectedException.BadInput($"the delivery day must be between the notice's day {issuedOn:yyyy-MM-dd} and today");
        }
        if (string.IsNullOrWhiteSpace(delivery.Method) || delivery.Method.Length > 50 || string.IsNullOrWhiteSpace(delivery.Proof) || delivery.Proof.Length > 500)
        {
            throw CollectionRejectedException.BadInput("a delivery names how (up to 50 characters) and its proof (a tracking number, who signed; up to 500)");
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

    /// <summary>The service centre a notice prints, trimmed: a phone of digits and the usual separators, an address.</summary>
    public static ServiceCentre Checked(ServiceCentre centre)
    {
        var phone = centre.Phone.Trim();
        var address = centre.Address.Trim();
        if (phone.Length is < 5 or > 30 || !phone.Any(char.IsAsciiDigit) || phone.Any(ch => !char.IsAsciiDigit(ch) && ch is not (' ' or '-' or '+' or '(' or ')' or '转'))
            || address.Length is 0 or > 200)
        {
            throw CollectionRejectedException.BadInput("a phone of 5 to 30 digits, spaces and - + ( ) 转, and an address of 1 to 200 characters");
        }
        return new ServiceCentre(phone, address);
    }
}
