using System.Globalization;
using CollectionGrains.Billing;

namespace CollectionGrains.Outreach.Notices;

/// <summary>
/// The values a notice wording may use. A household's notice: owner, building, room, each overdue bill, the totals,
/// dates, the company, the project and its service centre (phone, address). The public notice gets no name, no phone and no unmasked room: only
/// <c>rows</c> of masked rooms and amounts, so no wording can leak them.
/// </summary>
internal static class NoticeModel
{
    public sealed record Place(string Company, string Project, string Building, ServiceCentre? ServiceCentre);

    public static Dictionary<string, object?> ForHousehold(string noticeId, HouseholdProfile profile, ArrearsStatement arrears, Place place,
        DateOnly issuedOn, DateOnly? deadline)
    {
        var model = Common(arrears.AsOf, place, issuedOn, deadline);
        model["notice_no"] = noticeId;
        model["owner"] = profile.OwnerName;
        model["building"] = place.Building;
        model["room"] = profile.Room;
        model["principal"] = arrears.Principal;
        model["late_fee"] = arrears.LateFee;
        model["total"] = arrears.Total;
        model["oldest_due"] = arrears.OldestDueDate is { } due ? Day(due) : "";
        model["bills"] = arrears.OverdueBills.Where(b => b.TotalDue > 0).Select(b => new Dictionary<string, object?>
        {
            ["item"] = b.ItemName, ["period"] = b.Period.ToString(), ["due"] = b.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["principal"] = b.PrincipalDue, ["late_fee"] = b.LateFeeDue, ["total"] = b.TotalDue,
        }).ToList();
        return model;
    }

    public sealed record PublicRow(string Building, string Room, decimal Amount);

    public static Dictionary<string, object?> ForPublicNotice(IEnumerable<PublicRow> rows, DateOnly asOf, Place place, DateOnly issuedOn, DateOnly? deadline)
    {
        var model = Common(asOf, place, issuedOn, deadline);
        model["withdraw_on"] = Day(issuedOn.AddDays(7));
        model["rows"] = rows.Select(r => new Dictionary<string, object?>
        {
            ["building"] = r.Building, ["room"] = Masking.Room(r.Room), ["amount"] = r.Amount,
        }).ToList();
        return model;
    }

    public static Dictionary<string, object?> Sample(NoticeKind kind)
    {
        var place = new Place("示例物业集团", "示例花园", "1栋", new ServiceCentre("0755-8888 0000", "示例花园1栋底商"));
        var today = new DateOnly(2026, 1, 15);
        if (kind == NoticeKind.PublicNotice)
        {
            return ForPublicNotice([new("1栋", "1-1201", 1234.5m)], today, place, today, today.AddDays(15));
        }
        var profile = new HouseholdProfile("sample", "p", "b", "1-1201", 90m, "王芳", CustomerType.Individual, [], false, null, []);
        var bill = new BillBalance("b1", "property", "物业费", new Kernel.Period(2025, 12), new DateOnly(2025, 12, 15), 250m, 0m, 0m, 3.75m, 0m, 0m);
        var arrears = new ArrearsStatement("sample", today, [bill], 250m, 3.75m, bill.DueDate, 31, AgeBucket.Days31To90, 0m);
        return ForHousehold("N-SAMPLE", profile, arrears, place, today, today.AddDays(15));
    }

    private static Dictionary<string, object?> Common(DateOnly asOf, Place place, DateOnly issuedOn, DateOnly? deadline) => new()
    {
        ["company"] = place.Company, ["project"] = place.Project, ["as_of"] = Day(asOf), ["issued_on"] = Day(issuedOn),
        ["deadline"] = deadline is { } date ? Day(date) : null,
        ["service_phone"] = place.ServiceCentre?.Phone, ["service_address"] = place.ServiceCentre?.Address,
    };

    private static string Day(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}
