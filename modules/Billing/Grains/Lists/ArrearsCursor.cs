using System.Text;
using System.Text.Json;

namespace CollectionGrains.Billing.Lists;

/// <summary>
/// A place in an arrears list: the sort keys of the line a page ended with. A page continues after that place even when
/// lines before it were paid meanwhile, so paging a live list skips and repeats nothing that kept its place.
/// </summary>
internal sealed record ArrearsCursor(ArrearsOrder Order, decimal Total, AgeBucket AgeBucket, string BuildingPath, string Room, string HouseholdId)
{
    public static ArrearsCursor At(ArrearsOrder order, ListedHousehold line) =>
        new(order, line.Entry.Total, line.Entry.AgeBucket, line.BuildingPath, line.Entry.Room, line.Entry.HouseholdId);

    /// <summary>A line with this cursor's sort keys, to compare list lines with.</summary>
    public ListedHousehold Probe() => new(
        new ArrearsListEntry(HouseholdId, "", Room, "", [], CustomerType.Individual, false, Total, 0m, AgeBucket), BuildingPath);

    public string Encode() => Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(this));

    public static ArrearsCursor Decode(string text, ArrearsOrder order)
    {
        ArrearsCursor? cursor;
        try
        {
            cursor = JsonSerializer.Deserialize<ArrearsCursor>(Convert.FromBase64String(text));
        }
        catch (Exception e) when (e is FormatException or JsonException or DecoderFallbackException)
        {
            throw LedgerRejectedException.BadInput("invalid cursor");
        }
        if (cursor is null || cursor.BuildingPath is null || cursor.Room is null || cursor.HouseholdId is null
            || !Enum.IsDefined(cursor.Order) || !Enum.IsDefined(cursor.AgeBucket))
        {
            throw LedgerRejectedException.BadInput("invalid cursor");
        }
        return cursor.Order == order ? cursor : throw LedgerRejectedException.BadInput("the cursor belongs to a list in another order");
    }
}
