using CollectionGrains.Organisation;
using CollectionGrains.Organisation.RollUps;

namespace CollectionGrains.Tests.Organisation;

public sealed class ChildTotalsTableTests
{
    private static VersionedTotals Report(long version, decimal arrears) =>
        new(version, new Totals { Households = 1, ArrearsPrincipal = arrears });

    [Fact]
    public void Repeated_reordered_and_replayed_reports_converge_to_the_latest_whole_totals()
    {
        var table = new ChildTotalsTable();
        Assert.True(table.Apply("h1", Report(1, 100m)));
        Assert.True(table.Apply("h1", Report(3, 40m)));
        Assert.False(table.Apply("h1", Report(2, 70m)));   // late, older
        Assert.False(table.Apply("h1", Report(3, 40m)));   // repeated
        Assert.True(table.Apply("h2", Report(1, 5m)));
        Assert.False(table.Apply("h1", Report(1, 100m)));  // replayed

        Assert.Equal(45m, table.Sum().ArrearsPrincipal);
        Assert.Equal(2, table.Sum().Households);
    }

    [Fact]
    public void A_child_that_left_is_not_brought_back_by_an_older_report_but_returns_with_a_newer_one()
    {
        var table = new ChildTotalsTable();
        table.Apply("b1", Report(5, 100m));
        Assert.True(table.Remove("b1", 6));
        Assert.False(table.Apply("b1", Report(5, 100m)));
        Assert.Equal(0m, table.Sum().ArrearsPrincipal);
        Assert.True(table.Apply("b1", Report(7, 30m)));
        Assert.Equal(30m, table.Sum().ArrearsPrincipal);
    }

    [Fact]
    public void The_kept_sum_equals_a_fresh_sum_after_a_random_stream_of_reports_and_departures()
    {
        var random = new Random(11);
        var table = new ChildTotalsTable();
        var versions = new long[40];
        for (var step = 0; step < 5000; step++)
        {
            var child = random.Next(versions.Length);
            var version = versions[child] += random.Next(-1, 3);
            if (random.Next(10) == 0)
            {
                table.Remove($"c{child}", version);
            }
            else
            {
                table.Apply($"c{child}", new VersionedTotals(version, new Totals
                {
                    Households = 1, HouseholdsInArrears = random.Next(2), ArrearsPrincipal = random.Next(100_000) / 100m,
                    LateFees = random.Next(1000) / 100m, ArrearsByAge = [random.Next(500) / 100m, 0, 0, 0, random.Next(9)],
                }));
            }
            var fresh = Totals.Sum(table.Latest.Values.Select(v => v.Totals));
            Assert.True(table.Sum().SameAs(fresh), $"step {step}");
        }
    }

    [Fact]
    public void The_same_figures_again_are_held_as_the_childs_own_instance_and_change_nothing()
    {
        var table = new ChildTotalsTable();
        table.Apply("h1", Report(4, 100m));
        var again = Report(4, 100m);   // the household's next activation reports what the building read from storage
        Assert.False(table.Apply("h1", again));
        Assert.Same(again.Totals, table.Latest["h1"].Totals);
        Assert.False(table.Apply("h1", Report(4, 99m)));   // as late with other figures: still the held ones
        Assert.Equal(100m, table.Sum().ArrearsPrincipal);
    }

    [Fact]
    public void Slots_shared_by_households_stay_untouched_by_every_sum_made_of_them()
    {
        var graded = new Totals { Households = 1, HouseholdsByGrade = Totals.Shared([0L, 0, 1, 0]) };
        var bare = new Totals { Households = 1 };
        Assert.Same(graded.HouseholdsByGrade, Totals.Shared([0L, 0, 1, 0]));
        Assert.Same(bare.WarningsByLevel, Totals.Shared(new long[Totals.WarningLevels]));
        Assert.NotSame(Totals.Shared([0L, 2, 0, 0]), Totals.Shared([0L, 2, 0, 0]));   // counts above one are not shared
        Assert.NotSame(Totals.Shared([0.00m, 0, 0, 0, 0]), Totals.Shared([0.00m, 0, 0, 0, 0]));   // a zero written with cents is kept as written

        var sum = Totals.Sum([graded, graded, bare]).Replacing(bare, graded);
        Assert.Equal([0L, 0, 3, 0], sum.HouseholdsByGrade);
        Assert.Equal([0L, 0, 1, 0], graded.HouseholdsByGrade);
        Assert.Equal(new long[Totals.WarningLevels], bare.WarningsByLevel);
        Assert.Equal(new decimal[Totals.AgeBuckets], Totals.Zero.ArrearsByAge);
    }

    [Fact]
    public void Rates_are_collected_over_receivable_and_recovered_over_opening_arrears()
    {
        // 2 December: the month's bills are barely due (12 of 1,000 collected), the year's are mostly paid (9,900 of 12,000).
        var totals = new Totals
        {
            ReceivablePeriod = 1000m, CollectedPeriod = 12m, ReceivableYear = 12000m, CollectedYear = 9900m, OpeningArrears = 300m, Recovered = 100m,
        };
        Assert.Equal(0.012m, totals.CollectionRate);
        Assert.Equal(0.825m, totals.CollectionRateYear);
        Assert.Equal(0.333333m, totals.RecoveryRate);
        Assert.Equal(0m, Totals.Zero.CollectionRate);
    }

    [Fact]
    public void Every_rate_reads_with_six_places_zero_included()
    {
        var half = new Totals { ReceivablePeriod = 2m, CollectedPeriod = 1m };
        Assert.Equal(["0.000000", "0.000000", "0.000000"],
            new[] { Totals.Zero.CollectionRate, Totals.Zero.CollectionRateYear, Totals.Zero.RecoveryRate }.Select(r => r.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("0.500000", half.CollectionRate.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("0.000000", new Totals { ReceivablePeriod = 5m }.CollectionRate.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
