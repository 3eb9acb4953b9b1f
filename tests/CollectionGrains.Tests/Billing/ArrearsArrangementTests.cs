using CollectionGrains.Billing;
using CollectionGrains.Billing.Lists;

namespace CollectionGrains.Tests.Billing;

public sealed class ArrearsArrangementTests
{
    private static readonly Dictionary<string, string> Paths = new() { ["b1"] = "幸福里/一区/1栋", ["b2"] = "幸福里/一区/2栋" };

    private static ArrearsListEntry Entry(string id, string building, string room, decimal principal, AgeBucket age, bool vacant = false, CustomerType type = CustomerType.Individual) =>
        new(id, building, room, "业主", [], type, vacant, principal, 0m, age);

    private static readonly ArrearsListEntry[] Entries =
    [
        Entry("h1", "b2", "2-101", 300m, AgeBucket.Days0To30),
        Entry("h2", "b1", "1-102", 900m, AgeBucket.Days31To90, vacant: true),
        Entry("h3", "b1", "1-101", 50m, AgeBucket.Over365, type: CustomerType.Corporate),
        Entry("h4", "b2", "2-102", 300m, AgeBucket.Over365),
    ];

    [Fact]
    public void Orders_by_amount_by_age_or_by_room_with_the_household_id_breaking_ties()
    {
        Assert.Equal(["h2", "h1", "h4", "h3"], Ids(ArrearsOrder.AmountDescending, new ArrearsFilter()));
        Assert.Equal(["h4", "h3", "h2", "h1"], Ids(ArrearsOrder.AgeDescending, new ArrearsFilter()));
        Assert.Equal(["h3", "h2", "h1", "h4"], Ids(ArrearsOrder.Room, new ArrearsFilter()));
    }

    [Fact]
    public void Each_filter_keeps_only_what_it_names()
    {
        Assert.Equal(["h4", "h3"], Ids(ArrearsOrder.AmountDescending, new ArrearsFilter(AgeBuckets: [AgeBucket.Over365])));
        Assert.Equal(["h2", "h1", "h4"], Ids(ArrearsOrder.AmountDescending, new ArrearsFilter(MinimumAmount: 300m)));
        Assert.Equal(["h2"], Ids(ArrearsOrder.AmountDescending, new ArrearsFilter(Vacant: true)));
        Assert.Equal(["h3"], Ids(ArrearsOrder.AmountDescending, new ArrearsFilter(CustomerType: CustomerType.Corporate)));
    }

    private static List<string> Ids(ArrearsOrder order, ArrearsFilter filter) =>
        Entries.Where(filter.Keeps).Select(e => new ListedHousehold(e, Paths[e.BuildingId]))
            .Order(ArrearsArrangement.Comparer(order)).Select(l => l.Entry.HouseholdId).ToList();
}
