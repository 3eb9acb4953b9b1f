using System.Text.Json;
using CollectionGrains.Billing;
using CollectionGrains.Billing.Ledger;
using CollectionGrains.Kernel;

namespace CollectionGrains.Tests.Billing;

/// <summary>Bills and allocations billed alike in many households hold one instance of their id, item code and name, also when read back from stored JSON.</summary>
public sealed class SharedStringsTests
{
    [Fact]
    public void Bills_and_allocations_of_different_households_share_their_strings_and_keep_their_values()
    {
        var period = new Period(2026, 11);
        LedgerBill Bill() => new(new string("property:2026-11"), new string("property"), new string("物业费"), period, period.Day(15), 300m, period.FirstDay);
        var (first, second) = (Bill(), Bill());
        Assert.Same(first.BillId, second.BillId);
        Assert.Same(first.ItemCode, second.ItemCode);
        Assert.Same(first.ItemName, second.ItemName);
        Assert.Equal(("property:2026-11", "property", "物业费"), (second.BillId, second.ItemCode, second.ItemName));

        var stored = JsonSerializer.Serialize(new[] { first, second });
        var read = JsonSerializer.Deserialize<LedgerBill[]>(stored)!;
        Assert.Equal([first, second], read);
        Assert.Same(first.BillId, read[1].BillId);

        var allocation = JsonSerializer.Deserialize<PaymentAllocation>(JsonSerializer.Serialize(new PaymentAllocation(new string("property:2026-11"), 0m, 300m, period.Day(20))))!;
        Assert.Same(first.BillId, allocation.BillId);
        Assert.Equal(300m, allocation.Total);
    }

    [Fact]
    public void A_long_string_is_kept_as_given()
    {
        var longId = new string('x', 65);
        Assert.Same(longId, SharedStrings.Of(longId));
        Assert.NotSame(longId, SharedStrings.Of(new string('x', 65)));
    }
}
