using CollectionGrains.Analytics.Standing;
using CollectionGrains.Billing;
using CollectionGrains.Kernel;
using CollectionGrains.Tests.Billing;
using CollectionGrains.Tests.Infrastructure;

namespace CollectionGrains.Tests.Analytics;

/// <summary>
/// The closer of periods keeps the month before (finance report, reasons of every cut, roll rates, trend point) and the
/// week before (trend point) of the group, its region and its branch once each is closed, with no report schedule on,
/// and leaves the project alone; whatever the day. Two households, no late fees:
/// C1 owes the month before's ¥50, C2 the month before that's ¥80, paid today. Both bills fell due on the 15th, before
/// the month before's end and before the week before's Sunday, so on both days 2 households owed ¥130.
/// </summary>
public sealed class ClosedPeriodsTests
{
    [Fact]
    public async Task Groups_regions_and_branches_keep_their_closed_month_and_week_without_a_schedule()
    {
        await using var api = await TestApi.StartSiloAsync(TestSilo.NewClusterId("closer"));
        var tree = await RollRateApiTests.TreeWithoutLateFeesAsync(api);
        var today = BusinessCalendar.Today(TimeProvider.System);
        var (month, monday) = (Period.Of(today).AddMonths(-1), BusinessCalendar.WeekStart(today).AddDays(-7));
        await RollRateApiTests.HouseholdAsync(api, tree, "c1", [(month.ToString(), 50m)]);
        await RollRateApiTests.HouseholdAsync(api, tree, "c2", [(month.AddMonths(-1).ToString(), 80m)], (80m, today));
        await BillingTables.WaitForAsync($"SELECT count(*) = 1 FROM billing.allocation WHERE household_id = '{tree.Buildings[0]}/c2'");

        await api.Grains.GetGrain<IClosedPeriodsGrain>(0).KeepAsync();

        // A month closes 3 days after its end, a week 3 days after its Sunday (KeptMonths).
        var (monthClosed, weekClosed) = (today > month.LastDay.AddDays(3), today > monday.AddDays(9));
        foreach (var node in new[] { tree.Group, tree.Region, tree.Branch })
        {
            Assert.Equal(monthClosed ? "50.00 130.00" : null, await KeptAsync(node, "finance", month.ToString(),
                "(body->'Total'->>'Receivable')::numeric(14,2) || ' ' || (body->'Total'->>'Arrears')::numeric(14,2)"));
            Assert.Equal(monthClosed ? "2 130.00" : null, await KeptAsync(node, "trend", month.ToString(),
                "(body->>'OverdueHouseholds') || ' ' || (body->>'Arrears')::numeric(14,2)"));
            Assert.Equal(monthClosed ? Enum.GetValues<CollectionGrains.Analytics.ReasonCut>().Length + 1 : 0, await TestPostgres.ScalarAsync<long>(
                "SELECT count(*) FROM analytics.kept_month WHERE node_id = @node AND period = @period AND (analysis LIKE 'reasons:%' OR analysis = 'rolls')",
                ("node", node), ("period", month.ToString())));
            Assert.Equal(weekClosed ? "2 130.00" : null, await KeptAsync(node, "trend-week", monday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                "(body->>'OverdueHouseholds') || ' ' || (body->>'Arrears')::numeric(14,2)"));
        }
        Assert.Null(await KeptAsync(tree.Project, "finance", month.ToString(), "'kept'"));
    }

    private static Task<string?> KeptAsync(string node, string analysis, string period, string figures) => TestPostgres.ScalarAsync<string>(
        $"SELECT {figures} FROM analytics.kept_month WHERE node_id = @node AND analysis = @analysis AND period = @period",
        ("node", node), ("analysis", analysis), ("period", period));
}
