using System.Diagnostics;
using CollectionGrains.Access;
using CollectionGrains.Collection;
using CollectionGrains.Kernel;
using CollectionGrains.Outreach;

namespace CollectionGrains.Silo.Demo;

/// <summary>
/// The demo's collection work, through the grains' own rules: the group's scripts, four collectors in each of the first
/// CG_DEMO_COLLECTION_PROJECTS projects (10) holding their buildings, each project's service centre, the first project's automatic reminders on, today's visits and some service orders, and the contacts of the last CG_DEMO_CONTACT_MONTHS
/// months (6) of those projects' households, with their classes, reasons and promises. Loading again changes nothing.
/// </summary>
internal sealed class DemoCollectionLoader(IConfiguration configuration, IGrainFactory grains, BusinessClock clock, ILogger logger)
{
    public const string Key = DemoPlan.GroupId + ":collection";

    private static readonly CollectionActor Supervisor = new("supervisor1", ActorRank.Supervisor);

    public async Task LoadAsync(DemoPlan plan, CancellationToken stoppingToken)
    {
        var watch = Stopwatch.StartNew();
        var projects = plan.Projects.Take(Setting("CG_DEMO_COLLECTION_PROJECTS", 10, 1000)).ToList();
        var from = clock.Today.AddMonths(-Setting("CG_DEMO_CONTACT_MONTHS", 6, 60));
        var library = grains.GetGrain<IScriptLibraryGrain>(DemoPlan.GroupId);
        foreach (var script in DemoScripts.All)
        {
            await library.SaveAsync(script, Supervisor);
        }
        var password = configuration["CG_DEMO_PASSWORD"] is { Length: > 0 } given ? given : DemoUsers.DefaultPassword;
        var contacts = 0;
        for (var p = 0; p < projects.Count; p++)
        {
            var project = grains.GetGrain<ICollectionProjectGrain>(projects[p].ProjectId);
            await grains.GetGrain<IOutreachProjectGrain>(projects[p].ProjectId).SetServiceCentreAsync(
                new ServiceCentre(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"0755-{86000000 + p:0000 0000}"), $"深圳市南山区科苑路{p + 1}号物业服务中心"));
            for (var k = 1; k <= 4; k++)
            {
                await grains.GetGrain<IUserGrain>(DemoCollectors.Username(p, k)).ProvisionAsync(new NewUser(DemoCollectors.Account(p, k), password));
                var buildings = Enumerable.Range(0, 8).Where(b => DemoCollectors.HolderOf(b / 4, b % 4) == k).Select(b => $"{projects[p].ProjectId}-z{b / 4}-b{b % 4}").ToList();
                await project.AssignAsync(DemoCollectors.Username(p, k), [], buildings, Supervisor);
            }
            var index = p;
            await DemoLoader.ForEachAsync([.. projects[p].Households], async household =>
            {
                var collector = DemoCollectors.Username(index, DemoCollectors.HolderOf(Zone(household), Building(household)) ?? 1);
                var history = DemoContactHistory.For(household, plan.Periods, from, clock.Today, collector);
                Interlocked.Add(ref contacts, history.Count);
                return history.Count == 0 ? 0 : await grains.GetGrain<IHouseholdCaseGrain>(household.Profile.HouseholdId).ImportContactsAsync(history);
            }, stoppingToken);
        }
        var ladder = projects.Count > 0 ? await DemoLegalLadder.LoadAsync(grains, projects[0].ProjectId, clock, logger) : 0;
        var visits = projects.Count > 0 ? await DemoVisits.LoadAsync(grains, projects[0]) : 0;
        var orders = projects.Count > 0 ? await DemoServiceOrders.LoadAsync(grains, projects[0]) : 0;
        var reminders = projects.Count > 0
            ? (await grains.GetGrain<IOutreachProjectGrain>(projects[0].ProjectId).SetAutomaticRemindersAsync(new AutomaticReminders(true, true))).Decided : 0;
        logger.DemoCollectionLoaded(projects.Count, contacts, DemoScripts.All.Count, ladder, reminders, visits, orders, watch.Elapsed.TotalSeconds);
    }

    private static int Zone(DemoHousehold household) => household.Profile.BuildingId[^4] - '0';

    private static int Building(DemoHousehold household) => household.Profile.BuildingId[^1] - '0';

    private int Setting(string name, int fallback, int max) =>
        int.TryParse(configuration[name], out var value) && value >= 0 && value <= max ? value : fallback;
}
