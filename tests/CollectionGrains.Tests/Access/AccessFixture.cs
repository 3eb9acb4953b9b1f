using CollectionGrains.Access;
using CollectionGrains.Billing;
using CollectionGrains.Collection;
using CollectionGrains.Organisation;
using CollectionGrains.Tests.Billing;
using CollectionGrains.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CollectionGrains.Tests.Access;

/// <summary>
/// One silo with the API and two groups, so every role has something inside its scope and, just outside it, something
/// of the same kind: G → R1 → B1 → {P1, P2}, B1's sibling B2 → P3, R1's sibling R2 → B3 → P4, and a second group G2 → … → P5.
/// Each project has one zone, one building and one household in arrears with a payment, held by the project's collector
/// (in project 1 the collector role's user, with a promise, an unanswered call and a legacy issue); project 1 also has a
/// household held by a second collector whose refusal was escalated, and the group has a script.
/// </summary>
public sealed class AccessFixture : IAsyncLifetime
{
    private readonly string _prefix = $"a{Guid.NewGuid():N}"[..9];

    public TestApi Api { get; private set; } = null!;

    public string Group => Id("g");

    public string OtherGroup => Id("g2");

    public static IReadOnlyList<Role> Roles { get; } = Enum.GetValues<Role>();

    /// <summary>Where each role's user works: the node at the top of their scope.</summary>
    public string ScopeOf(Role role) => role switch
    {
        Role.GroupAdmin or Role.Finance or Role.Auditor => Group,
        Role.RegionManager => Id("r1"),
        Role.BranchManager => Id("b1"),
        _ => Project(1),
    };

    /// <summary>The project nearest to the role's scope but outside it.</summary>
    public int OutsideProjectFor(Role role) => role switch
    {
        Role.GroupAdmin or Role.Finance or Role.Auditor => 5,
        Role.RegionManager => 4,
        Role.BranchManager => 3,
        _ => 2,
    };

    public string Project(int n) => Id($"p{n}");

    public string Building(int n) => Id($"p{n}-z-b");

    public string Household(int n) => $"{Building(n)}/1-101";

    public string TokenFor(Role role) => Api.TokenFor(role, ScopeOf(role), $"{role}-user".ToLowerInvariant());

    /// <summary>The collector of project n (in project 1 the collector role's user).</summary>
    public string CollectorOf(int project) => project == 1 ? "collector-user" : Id($"col{project}");

    /// <summary>A second collector of project 1, who holds its escalated household.</summary>
    public string SecondCollector => Id("col1b");

    public string EscalatedHousehold => $"{Building(1)}/1-102";

    /// <summary>The visit recorded for the first household, for the visit fields.</summary>
    public const string VisitId = "v1";

    public static CollectionActor Supervisor { get; } = new("supervisor-user", ActorRank.Supervisor);

    public async Task InitializeAsync()
    {
        Api = await TestApi.StartSiloAsync(TestSilo.NewClusterId("access"));
        await NodeAsync("g", "集团", OrgLevel.Group, null);
        await NodeAsync("g2", "另一集团", OrgLevel.Group, null);
        await NodeAsync("r1", "华南区域", OrgLevel.Region, "g");
        await NodeAsync("r2", "华北区域", OrgLevel.Region, "g");
        await NodeAsync("r5", "西南区域", OrgLevel.Region, "g2");
        await NodeAsync("b1", "深圳分公司", OrgLevel.Branch, "r1");
        await NodeAsync("b2", "广州分公司", OrgLevel.Branch, "r1");
        await NodeAsync("b3", "北京分公司", OrgLevel.Branch, "r2");
        await NodeAsync("b5", "成都分公司", OrgLevel.Branch, "r5");
        foreach (var (project, branch) in new[] { (1, "b1"), (2, "b1"), (3, "b2"), (4, "b3"), (5, "b5") })
        {
            await NodeAsync($"p{project}", $"项目{project}", OrgLevel.Project, branch);
            await NodeAsync($"p{project}-z", "一区", OrgLevel.Zone, $"p{project}");
            await NodeAsync($"p{project}-z-b", "1栋", OrgLevel.Building, $"p{project}-z");
            var household = Api.Grains.GetGrain<IHouseholdGrain>(Household(project));
            await household.RegisterAsync(BillingFixtures.Household(Project(project), Household(project)) with { BuildingId = Building(project) });
            await household.IssueBillsAsync([BillingFixtures.Opening("2025-03", 5000m)]);
            await household.RecordPaymentAsync(BillingFixtures.Payment(BillingFixtures.NewId("seed"), 10m));
        }
        await CollectionWorkAsync();
        await Eventually.TrueAsync(async () => (await Api.Grains.GetGrain<IOrgNodeGrain>(Group).GetAsync())!.Totals.Households == 5,
            TimeSpan.FromSeconds(20), "the households reach the group");
        // A service order in the first project (on a household of its own: an open order pauses its dunning).
        await NewServiceOrderAsync(1, SecondCollector);
        await CreditAsync();
        await TargetsAsync();
    }

    /// <summary>
    /// This month's target, set at the group and cascaded; and a household of the first project billed last month (paid
    /// on its first day: the group's pace) and this month (so the forecast has a receivable to work on).
    /// </summary>
    private async Task TargetsAsync()
    {
        var month = CollectionGrains.Kernel.Period.Of(CollectionGrains.Kernel.BusinessCalendar.DateOf(DateTimeOffset.UtcNow));
        var last = month.AddMonths(-1);
        // In a second building of the first project's zone: the first building's households are counted by other tests.
        await NodeAsync("p1-z-b2", "2栋", OrgLevel.Building, "p1-z");
        var id = $"{Id("p1-z-b2")}/pace";
        var household = Api.Grains.GetGrain<IHouseholdGrain>(id);
        await household.RegisterAsync(BillingFixtures.Household(Project(1), id) with { BuildingId = Id("p1-z-b2") });
        await household.IssueBillsAsync([new BillDraft("property", "物业费", last, last.Day(15), 500m), new BillDraft("property", "物业费", month, month.Day(15), 500m)]);
        await household.RecordPaymentAsync(new PaymentRequest($"{id}-1", 500m, PaymentChannel.WeChatPay,
            CollectionGrains.Kernel.BusinessCalendar.At(last.Day(1), new TimeOnly(10, 0))));
        await Eventually.TrueAsync(async () => await TestPostgres.ScalarAsync<long>("SELECT count(*) FROM billing.allocation WHERE household_id = @h", ("h", id)) > 0,
            TimeSpan.FromSeconds(20), "the payment is in the Billing tables (the group's pace)");
        await Eventually.TrueAsync(async () => (await Api.Grains.GetGrain<IOrgNodeGrain>(Group).GetAsync())!.Totals.ReceivablePeriod > 0,
            TimeSpan.FromSeconds(20), "this month's bill reaches the group");
        await Api.Grains.GetGrain<IOrgNodeGrain>(Group).SetTargetAsync(new TargetRequest(month, 0.9m, 1000m, true, "admin"));
    }

    /// <summary>The group's re-default model (trained on the demo generator's history: the group's own is too short) and a grade override on the first household.</summary>
    private async Task CreditAsync()
    {
        var today = CollectionGrains.Kernel.BusinessCalendar.DateOf(DateTimeOffset.UtcNow);
        var trained = CollectionGrains.Customers.Credit.CreditTraining.Train(
            CollectionGrains.Silo.Demo.DemoCreditHistory.Of(new CollectionGrains.Silo.Demo.DemoPlan(300, today), today), today, placeOf: _ => (Project(1), Building(1)));
        await Api.Services.GetRequiredService<CollectionGrains.Customers.Credit.CreditModelStore>().AddAsync(Group, trained, DateTimeOffset.UtcNow);
        await Api.Grains.GetGrain<IHouseholdGrain>(Household(1)).OverrideGradeAsync(
            new CollectionGrains.Customers.GradeOverride(CollectionGrains.Customers.Grade.PaysAfterReminder, "矩阵", "supervisor", DateTimeOffset.UtcNow));
    }

    /// <summary>A new household of the project, held by the collector, with a service order open; answers the order's id.</summary>
    public async Task<string> NewServiceOrderAsync(int project, string collector) =>
        (await Api.Grains.GetGrain<CollectionGrains.Service.IHouseholdServiceGrain>(await NewHouseholdAsync(project, collector)).OpenAsync(
            new CollectionGrains.Service.NewServiceOrder(ArrearsReasonCategory.BasicService, "楼道灯不亮", null, []), Supervisor)).OrderId;

    /// <summary>Two new phone scripts of the group, for one situation: a pair an experiment may compare.</summary>
    public async Task<(string Champion, string Challenger)> NewScriptPairAsync()
    {
        var pair = (BillingFixtures.NewId("s"), BillingFixtures.NewId("s"));
        foreach (var id in new[] { pair.Item1, pair.Item2 })
        {
            await Api.Grains.GetGrain<IScriptLibraryGrain>(Group).SaveAsync(new ScriptDraft(id, "首轮", ContactMethod.Phone, null, null, "{{ owner }}您好"), Supervisor);
        }
        return pair;
    }

    /// <summary>This week's analysis report of project 1, delivered to its project manager (a stored user made once); answers its id.</summary>
    public async Task<string> NewReportAsync()
    {
        var manager = $"pm-{Project(1)}";
        await Api.Grains.GetGrain<IUserGrain>(manager).CreateAsync(new NewUser(new UserAccount(manager, "矩阵经理", Role.ProjectManager, Project(1)), "矩阵测试口令-2026"));
        return (await Api.Grains.GetGrain<CollectionGrains.Analytics.IAnalysisReportGrain>(Project(1))
            .ProduceAsync(CollectionGrains.Analytics.ReportCadence.Weekly, CollectionGrains.Kernel.BusinessCalendar.DateOf(DateTimeOffset.UtcNow), "matrix")).ReportId;
    }

    /// <summary>A new running experiment of project 1; answers its id.</summary>
    public async Task<string> NewExperimentAsync()
    {
        var (champion, challenger) = await NewScriptPairAsync();
        return (await Api.Grains.GetGrain<ICollectionProjectGrain>(Project(1)).StartExperimentAsync(new NewScriptExperiment("矩阵", champion, challenger), Supervisor)).ExperimentId;
    }

    /// <summary>A household in arrears (with an open task) in a project's building, held by whom the caller says.</summary>
    public async Task<string> NewHouseholdAsync(int project, string? collector)
    {
        var id = $"{Building(project)}/n{Guid.NewGuid():N}"[..(Building(project).Length + 14)];
        var household = Api.Grains.GetGrain<IHouseholdGrain>(id);
        await household.RegisterAsync(BillingFixtures.Household(Project(project), id) with { BuildingId = Building(project) });
        await household.IssueBillsAsync([BillingFixtures.Opening("2025-03", 800m)]);
        await Eventually.TrueAsync(async () => (await Api.Grains.GetGrain<IHouseholdCaseGrain>(id).GetAsync()).Task is { IsOpen: true },
            TimeSpan.FromSeconds(10), "the new household's task opens");
        if (collector is not null)
        {
            await Api.Grains.GetGrain<ICollectionProjectGrain>(Project(project)).AssignAsync(collector, [id], [], Supervisor);
        }
        return id;
    }

    private async Task CollectionWorkAsync()
    {
        foreach (var project in new[] { 1, 2, 3, 4, 5 })
        {
            await UserAsync(CollectorOf(project), project);
            await Api.Grains.GetGrain<ICollectionProjectGrain>(Project(project)).AssignAsync(CollectorOf(project), [Household(project)], [], Supervisor);
        }
        await UserAsync(SecondCollector, 1);
        var escalated = Api.Grains.GetGrain<IHouseholdGrain>(EscalatedHousehold);
        await escalated.RegisterAsync(BillingFixtures.Household(Project(1), EscalatedHousehold) with { BuildingId = Building(1), Room = "1-102" });
        await escalated.IssueBillsAsync([BillingFixtures.Opening("2025-04", 700m)]);
        await Eventually.TrueAsync(async () => (await Api.Grains.GetGrain<IHouseholdCaseGrain>(EscalatedHousehold).GetAsync()).Task is { IsOpen: true },
            TimeSpan.FromSeconds(10), "the escalated household's task opens");
        await Api.Grains.GetGrain<ICollectionProjectGrain>(Project(1)).AssignAsync(SecondCollector, [EscalatedHousehold], [], Supervisor);
        var now = DateTimeOffset.UtcNow;
        await Api.Grains.GetGrain<IHouseholdCaseGrain>(EscalatedHousehold).RecordContactAsync(
            new ContactRequest("e1", ContactMethod.Phone, ContactClass.E_Refusing, now, Reason: new ArrearsReason(ArrearsReasonCategory.BasicService, "电梯")),
            new CollectionActor(SecondCollector, ActorRank.Collector));
        await Api.Grains.GetGrain<IHouseholdCaseGrain>(EscalatedHousehold).RecordLegacyIssueAsync(new LegacyIssue("L2", "电梯", "电梯长期停运，业主投诉未闭环", default, ""), Supervisor);
        var first = Api.Grains.GetGrain<IHouseholdCaseGrain>(Household(1));
        var collector = new CollectionActor(CollectorOf(1), ActorRank.Collector);
        await first.RecordContactAsync(new ContactRequest("a1", ContactMethod.Phone, ContactClass.A_Promised, now,
            PromisedDate: Kernel.BusinessCalendar.DateOf(now).AddDays(5), PromisedAmount: 100m, Reason: new ArrearsReason(ArrearsReasonCategory.Other, "资金周转")), collector);
        await first.RecordContactAsync(new ContactRequest("b1", ContactMethod.Phone, ContactClass.B_Undecided, now, Answered: false), collector);
        await first.RecordLegacyIssueAsync(new LegacyIssue("L1", "漏水", "2024 年楼上漏水未赔偿", default, ""), Supervisor);
        // A visit 2 km from its building: flagged, in the review queue (a supervisor's, above the day's caps).
        await Api.Grains.GetGrain<CollectionGrains.Organisation.IOrgNodeGrain>(Building(1)).SetLocationAsync(new CollectionGrains.Organisation.BuildingLocation("矩阵路1号", 22.54m, 113.93m));
        var photo = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Collection", "Assets", "photo.jpg"));
        await first.RecordContactAsync(new ContactRequest(VisitId, ContactMethod.Visit, ContactClass.C_Unreachable, now, Answered: false, OverrideCaps: true,
            Visit: new VisitEvidence(await first.GetDoorCodeAsync(), 22.558m, 113.93m, 10m, photo)), Supervisor);
        await Eventually.TrueAsync(async () => (await Api.Grains.GetGrain<IVisitReportsGrain>(Project(1)).GetToReviewAsync(10)).Count > 0,
            TimeSpan.FromSeconds(10), "the visit reaches the review queue");
        await Api.Grains.GetGrain<IScriptLibraryGrain>(Group).SaveAsync(
            new ScriptDraft("phone-first", "首轮电话提醒", ContactMethod.Phone, null, null, "{{ owner }}您好，您家物业费尚欠 {{ amount }} 元。"), Supervisor);
    }

    private Task UserAsync(string username, int project) =>
        Api.Grains.GetGrain<IUserGrain>(username).CreateAsync(new NewUser(new UserAccount(username, username, Role.Collector, Project(project)), "collector-pass-1"));

    public async Task DisposeAsync() => await Api.DisposeAsync();

    public string Id(string name) => $"{_prefix}-{name}";

    private Task NodeAsync(string id, string name, OrgLevel level, string? parent) =>
        Api.Grains.GetGrain<IOrgNodeGrain>(Id(id)).CreateAsync(name, level, parent is null ? null : Id(parent));
}
