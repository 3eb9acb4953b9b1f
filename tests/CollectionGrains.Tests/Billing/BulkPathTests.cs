using CollectionGrains.Billing;
using CollectionGrains.Kernel;
using CollectionGrains.Tests.Infrastructure;
using static CollectionGrains.Tests.Billing.BillingFixtures;

namespace CollectionGrains.Tests.Billing;

/// <summary>The bulk calls the demo loader uses give exactly what the one-by-one calls give.</summary>
public sealed class BulkPathTests
{
    [Fact]
    public async Task Billing_many_periods_and_recording_many_payments_at_once_equals_doing_it_one_by_one()
    {
        await using var silo = await TestSilo.StartAsync(TestSilo.NewClusterId("bulk"));
        var project = NewId("p");
        var (bulk, single) = (NewId("h"), NewId("h"));
        Period[] periods = [.. Enumerable.Range(0, 6).Select(i => Period.Parse("2026-03").AddMonths(i))];
        var payments = Enumerable.Range(0, 5).Select(i => new PaymentRequest($"pay-{i}", 150m + i * 37.5m, PaymentChannel.Alipay,
            new DateTimeOffset(new DateTime(2026, 4 + i, 20, 10, 0, 0), BusinessCalendar.Offset))).ToList();
        await CreateBuildingAsync(silo.Grains, project);
        foreach (var id in new[] { bulk, single })
        {
            await silo.Grains.GetGrain<IHouseholdGrain>(id).RegisterAsync(Household(project, id, area: 88m));
        }

        await silo.Grains.GetGrain<IHouseholdGrain>(bulk).BillPeriodsAsync(periods, [PropertyFee, Parking]);
        await silo.Grains.GetGrain<IHouseholdGrain>(bulk).RecordPaymentsAsync(payments);
        foreach (var period in periods)
        {
            await silo.Grains.GetGrain<IHouseholdGrain>(single).BillAsync(period, [PropertyFee, Parking]);
        }
        foreach (var payment in payments)
        {
            await silo.Grains.GetGrain<IHouseholdGrain>(single).RecordPaymentAsync(payment);
        }

        var (bulkBills, singleBills) = (await silo.Grains.GetGrain<IHouseholdGrain>(bulk).GetBillsAsync(null),
            await silo.Grains.GetGrain<IHouseholdGrain>(single).GetBillsAsync(null));
        Assert.Equal(12, bulkBills.Count);
        Assert.Equal(singleBills, bulkBills);
        Assert.Equal((await silo.Grains.GetGrain<IHouseholdGrain>(single).GetArrearsAsync(null)) with { HouseholdId = "" , OverdueBills = [] },
            (await silo.Grains.GetGrain<IHouseholdGrain>(bulk).GetArrearsAsync(null)) with { HouseholdId = "", OverdueBills = [] });
    }

    [Fact]
    public async Task A_refused_payment_in_a_batch_records_none_of_the_batch()
    {
        await using var silo = await TestSilo.StartAsync(TestSilo.NewClusterId("bulk"));
        var id = NewId("h");
        var household = silo.Grains.GetGrain<IHouseholdGrain>(id);
        var project = NewId("p");
        await CreateBuildingAsync(silo.Grains, project);
        await household.RegisterAsync(Household(project, id));
        await household.IssueBillsAsync([Opening("2026-01", 500m)]);

        await Assert.ThrowsAsync<LedgerRejectedException>(() => household.RecordPaymentsAsync([Payment("good", 100m), Payment("bad", -1m)]));

        Assert.Empty(await household.GetPaymentsAsync());
        Assert.Equal(500m, (await household.GetArrearsAsync(null)).Principal);
    }
}
