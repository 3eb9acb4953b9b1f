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
    public void A_typical_household_entry_is_a_short_array_and_rows_in_the_earlier_named_form_still_read()
    {
        var household = new VersionedTotals(42, new Totals { Households = 1, HouseholdsInArrears = 1, ReceivablePeriod = 256.50m, ArrearsPrincipal = 513.00m });
        var table = new ChildTotalsTable { Latest = { ["h1"] = household } };

        var json = JsonSerializer.Serialize(table, StorageLike);
        Assert.Contains("\"h1\":[42,1,1,0,256.50,0,0,0,0,0,513.00]", json);

        var named = "{\"Latest\":{\"h1\":" + JsonSerializer.Serialize(household, StorageLike) + "}}";
        var read = JsonSerializer.Deserialize<ChildTotalsTable>(named, StorageLike)!;
        Assert.True(household.Totals.SameAs(read.Latest["h1"].Totals));
        Assert.Equal(42, read.Latest["h1"].Version);
    }
}
