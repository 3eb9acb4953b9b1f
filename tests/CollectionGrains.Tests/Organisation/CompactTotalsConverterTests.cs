using System.Text.Json;
using System.Text.Json.Serialization;
using CollectionGrains.Organisation;
using CollectionGrains.Organisation.RollUps;
using CsCheck;

namespace CollectionGrains.Tests.Organisation;

public sealed class CompactTotalsConverterTests
{
    private static readonly JsonSerializerOptions StorageLike = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault };

    private static readonly Gen<decimal> Cents = Gen.Long[-10_000_000_00, 10_000_000_00].Select(c => c / 100m);

    private static readonly Gen<VersionedTotals> AnyReport =
        Gen.Select(Gen.Long[0, long.MaxValue / 2], Gen.Long[0, 1_000_000], Cents.Array[10], Cents.Array[Totals.AgeBuckets],
                Gen.Long[0, 1000].Array[Totals.Grades + Totals.ContactClasses])
            .Select((version, households, money, ages, counts) => new VersionedTotals(version, new Totals
            {
                Households = households,
                HouseholdsInArrears = households / 2,
                VacantHouseholds = households / 10,
                ReceivablePeriod = money[0], CollectedPeriod = money[1], ReceivableYear = money[2], CollectedYear = money[3],
                OpeningArrears = money[4], Recovered = money[5], ArrearsPrincipal = money[6], LateFees = money[7], Prepaid = money[8],
                ArrearsByAge = ages,
                HouseholdsByGrade = counts[..Totals.Grades],
                HouseholdsByContactClass = counts[Totals.Grades..],
            }));

    [Fact]
    public void Every_figure_and_version_reads_back_exactly_to_the_cent()
    {
        AnyReport.Array[0, 20].Sample(reports =>
        {
            var table = new ChildTotalsTable();
            for (var i = 0; i < reports.Length; i++)
            {
                table.Latest[$"household-{i}"] = reports[i];
            }
            var read = JsonSerializer.Deserialize<ChildTotalsTable>(JsonSerializer.Serialize(table, StorageLike), StorageLike)!;

            Assert.Equal(table.Latest.Keys, read.Latest.Keys);
            foreach (var (id, report) in table.Latest)
            {
                Assert.Equal(report.Version, read.Latest[id].Version);
                Assert.True(report.Totals.SameAs(read.Latest[id].Totals), id);
            }
        }, iter: 300);
    }

    [Fact]
    public void A_typical_household_entry_is_a_short_array()
    {
        var household = new VersionedTotals(42, new Totals { Households = 1, HouseholdsInArrears = 1, ReceivablePeriod = 256.50m, ArrearsPrincipal = 513.00m });
        var table = new ChildTotalsTable { Latest = { ["h1"] = household } };

        var json = JsonSerializer.Serialize(table, StorageLike);
        Assert.Contains("\"h1\":[42,1,1,0,256.50,0,0,0,0,0,513.00]", json);
        var read = JsonSerializer.Deserialize<ChildTotalsTable>(json, StorageLike)!;
        Assert.True(household.Totals.SameAs(read.Latest["h1"].Totals));
        Assert.Equal(42, read.Latest["h1"].Version);
    }

    [Fact]
    public void A_row_names_its_layout_and_a_row_written_before_layouts_were_named_reads_by_the_first_layout()
    {
        var json = JsonSerializer.Serialize(new ChildTotalsTable { Latest = { ["h1"] = new VersionedTotals(1, new Totals { Households = 1 }) } }, StorageLike);
        Assert.StartsWith("{\"Latest\":{\"$layout\":3,", json);

        // As the previous code stored a building row: version, 12 amounts, 5 ages, 4 grades, 5 classes, 4 collection counts.
        const string previous = "{\"Latest\":{\"b1/101\":[42,1,1,0,256.50,0,0,0,0,0,513.00,7.25,0,0,0,0,513.00,0,0,0,0,0,0,0,1,0,0,3,1,2,5]}}";
        var read = JsonSerializer.Deserialize<ChildTotalsTable>(previous, StorageLike)!.Latest["b1/101"];

        Assert.Equal(42, read.Version);
        Assert.Equal((1L, 1L, 256.50m, 513.00m, 7.25m), (read.Totals.Households, read.Totals.HouseholdsInArrears, read.Totals.ReceivablePeriod,
            read.Totals.ArrearsPrincipal, read.Totals.LateFees));
        Assert.Equal([0m, 0m, 0m, 513.00m, 0m], read.Totals.ArrearsByAge);
        Assert.Equal([0L, 0L, 1L, 0L, 0L], read.Totals.HouseholdsByContactClass);
        Assert.Equal((3L, 1L, 2L, 5L), (read.Totals.PromisesOpen, read.Totals.PromisesKept, read.Totals.PromisesBroken, read.Totals.ContactsThisWeek));
        // Figures added since (visits, service orders, warnings) read as zero.
        Assert.Equal((0L, 0L, 0L), (read.Totals.VisitsThisMonth, read.Totals.ServiceOrdersOpen, read.Totals.WarningsOpen));
    }

    [Fact]
    public void A_row_of_a_layout_this_version_does_not_know_is_refused_rather_than_misread()
    {
        const string future = "{\"Latest\":{\"$layout\":99,\"h1\":[1,1]}}";
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ChildTotalsTable>(future, StorageLike));
        Assert.Contains("layout 99", error.Message);
    }

    [Fact]
    public void Todays_figures_are_the_last_stored_layout() => Assert.Equal(3, StoredFigureLayouts.Current);
}
