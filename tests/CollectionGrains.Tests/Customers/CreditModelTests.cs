using CollectionGrains.Access;
using CollectionGrains.Billing;
using CollectionGrains.Kernel;
using CollectionGrains.Silo.Demo;
using CollectionGrains.Tests.Infrastructure;
using CollectionGrains.Tests.Organisation;

namespace CollectionGrains.Tests.Customers;

/// <summary>
/// The re-default model through the real path: 150 households of the demo generator with 18 months of bills and payments
/// recorded through their grains; trainCreditModel reads their history from the Billing tables, stores version 1 and then
/// 2 in PostgreSQL; every household is scored live with the latest version; a node that is no group is not trained.
/// </summary>
public sealed class CreditModelTests : IAsyncLifetime
{
    // The holdout is one household in five by a hash of its id, and the ids carry the test tree's random prefix: with
    // 150 the holdout fell under the 20 training needs in about 1 run in 90 (counted over 20,000 drawn prefixes); with
    // 250, in none of them.
    private const int Households = 250;
    private TestApi _api = null!;
    private OrgTree _tree = null!;
    private readonly List<string> _ids = [];

    public async Task InitializeAsync()
    {
        _api = await TestApi.StartSiloAsync(TestSilo.NewClusterId("credit"));
        _tree = await OrgTree.CreateAsync(_api.Grains);
        var today = BusinessCalendar.DateOf(DateTimeOffset.UtcNow);
        var plan = new DemoPlan(Households, today, months: 18);
        var bills = 0;
        foreach (var (household, i) in plan.Projects.SelectMany(p => p.Households).Select((h, i) => (h, i)))
        {
            var id = $"{_tree.Buildings[i % 3]}/{household.Profile.Room}-{i}";
            var ledger = _api.Grains.GetGrain<IHouseholdGrain>(id);
            await ledger.RegisterAsync(household.Profile with { HouseholdId = id, ProjectId = _tree.Project, BuildingId = _tree.Buildings[i % 3] });
            await ledger.IssueBillsAsync([.. plan.Periods.Select(p => new BillDraft("property", "物业费", p, p.Day(15), household.Monthly))]);
            await ledger.RecordPaymentsAsync([.. household.Payments.Select((p, k) => p with { PaymentId = $"{id}:{k}" })]);
            bills += plan.Periods.Count;
            _ids.Add(id);
        }
        await Eventually.TrueAsync(async () => await TestPostgres.ScalarAsync<long>("SELECT count(*) FROM billing.bill WHERE project_id = @p", ("p", _tree.Project)) == bills,
            TimeSpan.FromSeconds(60), "every bill is in the Billing tables");
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task A_group_trains_versions_from_its_tables_and_every_household_is_scored_with_the_latest()
    {
        var admin = _api.TokenFor(Role.GroupAdmin, _tree.Group);
        const string Train = "mutation($g: ID!) { trainCreditModel(groupId: $g) { notTrainedBecause model { version inUse auc baselineAuc trainHouseholds holdoutHouseholds trainedThrough holdoutCut } } }";
        var first = (await _api.DataAsync(Train, new { g = _tree.Group }, admin))["trainCreditModel"]!;
        Assert.Null(first["notTrainedBecause"]);
        var model = first["model"]!;
        Assert.Equal(1, model["version"]!.GetValue<int>());
        Assert.Equal(Households, model["trainHouseholds"]!.GetValue<int>() + model["holdoutHouseholds"]!.GetValue<int>());
        Assert.True(string.CompareOrdinal(model["trainedThrough"]!.GetValue<string>(), model["holdoutCut"]!.GetValue<string>()) <= 0);
        Assert.InRange(model["auc"]!.GetValue<double>(), 0.5, 1.0);
        Assert.Equal(2, (await _api.DataAsync(Train, new { g = _tree.Group }, admin))["trainCreditModel"]!["model"]!["version"]!.GetValue<int>());

        // A supervisor of a project reads the group's latest model and sees each household scored with it.
        _api.SignIn(Role.Supervisor, _tree.Project);
        Assert.Equal(2, (await _api.DataAsync("{ creditModel { version } }"))["creditModel"]!["version"]!.GetValue<int>());
        foreach (var id in _ids.Take(10))
        {
            var credit = (await _api.DataAsync("query($h: ID!) { household(id: $h) { credit { redefaultProbability modelVersion tags } } }", new { h = id }))["household"]!["credit"]!;
            Assert.StartsWith("v2", credit["modelVersion"]!.GetValue<string>());
            Assert.InRange(credit["redefaultProbability"]!.GetValue<decimal>(), 0m, 1m);
        }

        // Calibration (客户信用): the bands hold every held-out household once, and their outcomes are the holdout's rate.
        const string Calibration = "query($n: ID!) { creditCalibration(nodeId: $n) { modelVersion bands { low high households predictedMean actualRate } tags { tag households } } }";
        var holdout = await _api.DataAsync("{ creditModel { holdoutHouseholds holdoutPositiveRate } }");
        var calibration = (await _api.DataAsync(Calibration, new { n = _tree.Project }))["creditCalibration"]!;
        Assert.Equal(2, calibration["modelVersion"]!.GetValue<int>());
        var bands = calibration["bands"]!.AsArray();
        Assert.Equal(5, bands.Count);
        var held = holdout["creditModel"]!["holdoutHouseholds"]!.GetValue<int>();
        Assert.Equal(held, bands.Sum(b => b!["households"]!.GetValue<int>()));
        var inArrears = bands.Sum(b => b!["actualRate"]!.GetValue<decimal>() * b["households"]!.GetValue<int>());
        Assert.Equal(holdout["creditModel"]!["holdoutPositiveRate"]!.GetValue<double>() * held, (double)inArrears, 1);
        Assert.All(bands.Where(b => b!["households"]!.GetValue<int>() > 0),
            b => Assert.InRange(b!["predictedMean"]!.GetValue<decimal>(), b["low"]!.GetValue<decimal>(), b["high"]!.GetValue<decimal>()));
        Assert.All(calibration["tags"]!.AsArray(), t => Assert.InRange(t!["households"]!.GetValue<int>(), 1, held));
        // The group holds only this project; each building holds its own held-out households (a third of them each).
        _api.SignIn(Role.GroupAdmin, _tree.Group);
        Assert.Equal(calibration.ToJsonString(), (await _api.DataAsync(Calibration, new { n = _tree.Group }))["creditCalibration"]!.ToJsonString());
        for (var b = 0; b < 3; b++)
        {
            var heldThere = _ids.Where((id, i) => i % 3 == b && CollectionGrains.Customers.Credit.CreditTraining.IsHoldout(id)).Count();
            var inBuilding = (await _api.DataAsync(Calibration, new { n = _tree.Buildings[b] }))["creditCalibration"]!["bands"]!.AsArray();
            Assert.Equal(heldThere, inBuilding.Sum(x => x!["households"]!.GetValue<int>()));
        }
        // Month by month: each version at its holdout cut, newest first, each holding the whole holdout.
        var history = (await _api.DataAsync("query($n: ID!) { creditCalibrationHistory(nodeId: $n) { modelVersion holdoutCut bands { households } } }", new { n = _tree.Project }))
            ["creditCalibrationHistory"]!.AsArray();
        Assert.Equal([2, 1], history.Select(v => v!["modelVersion"]!.GetValue<int>()));
        Assert.All(history, v => Assert.Equal(held, v!["bands"]!.AsArray().Sum(x => x!["households"]!.GetValue<int>())));
        var link = await _api.DataAsync("mutation($n: ID!) { exportAnalysis(input: {nodeId: $n, analysis: CREDIT}) { url } }", new { n = _tree.Project });
        var sheet = Kernel.Tabular.Table.Read(await _api.DownloadAsync(link["exportAnalysis"]!["url"]!.GetValue<string>(), _api.TokenFor(Role.GroupAdmin, _tree.Group)));
        var bandRows = Enumerable.Range(0, sheet.Rows.Count).Where(i => sheet.Cell(i, "分组").EndsWith('%')).ToList();
        Assert.Equal(10, bandRows.Count);   // five bands of each of the two versions
        Assert.Equal(2 * held, bandRows.Sum(i => int.Parse(sheet.Cell(i, "户数"), System.Globalization.CultureInfo.InvariantCulture)));

        var notGroup = (await _api.DataAsync(Train, new { g = _tree.Project }, admin))["trainCreditModel"]!;
        Assert.Null(notGroup["model"]);
        Assert.Contains("not a group", notGroup["notTrainedBecause"]!.GetValue<string>());
    }
}
