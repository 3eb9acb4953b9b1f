using CollectionGrains.Billing;
using CollectionGrains.Billing.Lists;

namespace CollectionGrains.Tests.Billing;

public sealed class LiveArrearsListTests
{
    private static ArrearsListEntry Entry(string id, string building, decimal principal, bool vacant = false) =>
        new(id, building, id, "业主", [], CustomerType.Individual, vacant, principal, 0m, AgeBucket.Days31To90);

    private static LiveArrearsList ListOf(int households)
    {
        var list = new LiveArrearsList();
        foreach (var building in Enumerable.Range(0, households / 10))
        {
            list.ReplaceBuilding($"b{building}", $"项目/{building:D3}栋",
                Enumerable.Range(0, 10).Select(i => Entry($"h{building * 10 + i:D4}", $"b{building}", 100m + (building * 10 + i) % 37, vacant: i == 3)));
        }
        return list;
    }

    private static List<string> PageThrough(LiveArrearsList list, ArrearsFilter filter, ArrearsOrder order, int size, Action<int>? betweenPages = null)
    {
        var seen = new List<string>();
        string? after = null;
        for (var page = 0; ; page++)
        {
            var result = list.Page(filter, order, size, after);
            seen.AddRange(result.Entries.Select(e => e.HouseholdId));
            Assert.Equal(result.Entries.Count, result.Cursors.Count);
            if (!result.HasNextPage)
            {
                return seen;
            }
            after = result.EndCursor;
            betweenPages?.Invoke(page);
        }
    }

    [Theory]
    [InlineData(ArrearsOrder.AmountDescending)]
    [InlineData(ArrearsOrder.AgeDescending)]
    [InlineData(ArrearsOrder.Room)]
    public void Paging_through_a_list_gives_every_line_once_in_the_order_of_the_rules(ArrearsOrder order)
    {
        var list = ListOf(500);
        var expected = list.All(new ArrearsFilter(), order).ToList();
        Assert.Equal(expected.Order(ArrearsArrangement.Comparer(order)).Select(l => l.Entry.HouseholdId), PageThrough(list, new ArrearsFilter(), order, 7));
        Assert.Equal(500, expected.Count);
        var vacant = PageThrough(list, new ArrearsFilter(Vacant: true), order, 9);
        Assert.Equal(50, vacant.Count);
        Assert.Equal(50, list.Page(new ArrearsFilter(Vacant: true), order, 1, null).TotalCount);
    }

    [Fact]
    public void Lines_that_change_between_pages_neither_shift_nor_repeat_the_lines_that_kept_their_place()
    {
        var list = ListOf(200);
        var before = list.All(new ArrearsFilter(), ArrearsOrder.Room).Select(l => l.Entry.HouseholdId).ToList();
        // After each page the first building is paid off and comes back: lines before the cursor come and go.
        var seen = PageThrough(list, new ArrearsFilter(), ArrearsOrder.Room, 15, page =>
        {
            if (page % 2 == 0)
            {
                list.RemoveBuilding("b0");
            }
            else
            {
                list.ReplaceBuilding("b0", "项目/000栋", [Entry("h0000", "b0", 5m)]);
            }
        });
        Assert.Equal(before, seen);
    }

    [Fact]
    public void A_replaced_building_keeps_only_its_new_lines_in_every_order_asked_for_before()
    {
        var list = ListOf(20);
        Assert.Equal(20, list.Page(new ArrearsFilter(), ArrearsOrder.AmountDescending, 50, null).Entries.Count);
        list.ReplaceBuilding("b1", "项目/001栋", [Entry("h0010", "b1", 9999m)]);
        var page = list.Page(new ArrearsFilter(), ArrearsOrder.AmountDescending, 50, null);
        Assert.Equal(11, page.TotalCount);
        Assert.Equal(("h0010", 9999m), (page.Entries[0].HouseholdId, page.Entries[0].Principal));
        list.RemoveBuilding("b0");
        Assert.Equal(["h0010"], list.Page(new ArrearsFilter(), ArrearsOrder.AmountDescending, 50, null).Entries.Select(e => e.HouseholdId));
        Assert.Equal(["h0010"], list.Page(new ArrearsFilter(), ArrearsOrder.Room, 50, null).Entries.Select(e => e.HouseholdId));
    }

    [Fact]
    public void A_household_that_moved_stays_listed_under_its_new_building_when_the_old_one_is_read_again()
    {
        var list = new LiveArrearsList();
        list.ReplaceBuilding("b1", "项目/1栋", [Entry("h1", "b1", 100m)]);
        list.ReplaceBuilding("b2", "项目/2栋", [Entry("h1", "b2", 100m)]);
        list.ReplaceBuilding("b1", "项目/1栋", []);

        var page = list.Page(new ArrearsFilter(), ArrearsOrder.Room, 10, null);
        Assert.Equal(("h1", "b2", 1), (page.Entries.Single().HouseholdId, page.Entries.Single().BuildingId, page.TotalCount));
        Assert.Equal(["项目/2栋"], list.All(new ArrearsFilter(), ArrearsOrder.Room).Select(l => l.BuildingPath));
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("YXJyZWFyczox")]
    [InlineData("e30=")]
    public void A_cursor_that_is_not_one_of_ours_is_bad_input(string cursor)
    {
        var error = Assert.Throws<LedgerRejectedException>(() => ListOf(10).Page(new ArrearsFilter(), ArrearsOrder.Room, 5, cursor));
        Assert.Equal(LedgerErrorCode.BadInput, error.Code);
    }

    [Fact]
    public void A_cursor_of_another_order_is_bad_input()
    {
        var list = ListOf(10);
        var cursor = list.Page(new ArrearsFilter(), ArrearsOrder.Room, 5, null).EndCursor;
        Assert.Equal(LedgerErrorCode.BadInput, Assert.Throws<LedgerRejectedException>(() => list.Page(new ArrearsFilter(), ArrearsOrder.AmountDescending, 5, cursor)).Code);
    }
}
