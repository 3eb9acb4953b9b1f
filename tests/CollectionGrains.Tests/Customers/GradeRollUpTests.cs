using System.Text.Json.Nodes;
using CollectionGrains.Access;
using CollectionGrains.Billing;
using CollectionGrains.Collection;
using CollectionGrains.Kernel;
using CollectionGrains.Tests.Infrastructure;
using CollectionGrains.Tests.Organisation;

namespace CollectionGrains.Tests.Customers;

/// <summary>
/// Grades through the real path (household grains, PostgreSQL, GraphQL): four households whose histories are worked out
/// by hand, one of each grade; the roll-ups count them at every level, each household once (the counts add up to the
/// households); a supervisor's override moves a household and keeps the automatic grade beside it; a payment and
/// contacts change grades as the facts change.
/// </summary>
public sealed class GradeRollUpTests : IAsyncLifetime
{
    private TestApi _api = null!;
    private OrgTree _tree = null!;
    private static readonly DateOnly Today = BusinessCalendar.DateOf(DateTimeOffset.UtcNow);

    public async Task InitializeAsync()
    {
        _api = await TestApi.StartSiloAsync(TestSilo.NewClusterId("grades"));
        _tree = await OrgTree.CreateAsync(_api.Grains);
        _api.SignIn(Role.Supervisor, _tree.Project);
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Each_household_counts_once_in_its_grade_at_every_level_and_moves_when_the_facts_or_a_supervisor_change_it()
    {
        var months = Enumerable.Range(1, 3).Select(k => Period.Of(Today).AddMonths(-3 - k)).ToList();
        // Self-payer: three bills paid two days before due. After one reminder: the latest paid 20 days late. After repeated
        // reminders: the latest paid 60 days late (> 45). Defaulter: a bill unpaid for more than 180 days.
        var self = await HouseholdAsync("self", months.Select(m => (m, (int?)-2)));
        var once = await HouseholdAsync("once", months.Select(m => (m, (int?)(m == months[0] ? 20 : -2))));
        var repeated = await HouseholdAsync("repeated", months.Select(m => (m, (int?)(m == months[0] ? 60 : -2))));
        var defaulter = await HouseholdAsync("defaulter", [(Period.Of(Today.AddDays(-200)), null)]);

        Assert.Equal(["SELF_PAYER", "PAYS_AFTER_REMINDER", "PAYS_AFTER_REPEATED_REMINDERS", "DEFAULTER"],
            await Task.WhenAll(new[] { self, once, repeated, defaulter }.Select(GradeAsync)));
        await ExpectGradesEverywhereAsync([1, 1, 1, 1]);

        var overridden = await _api.DataAsync("""
            mutation($h: ID!) { overrideGrade(input: {householdId: $h, grade: DEFAULTER, reason: "业主明确表示不再缴费"}) { automaticGrade tags } }
            """, new { h = once });
        Assert.Equal("PAYS_AFTER_REMINDER", overridden["overrideGrade"]!["automaticGrade"]!.GetValue<string>());
        var household = (await _api.DataAsync("query($h: ID!) { household(id: $h) { grade automaticGrade gradeOverride { grade reason by } } }", new { h = once }))["household"]!;
        Assert.Equal("DEFAULTER", household["grade"]!.GetValue<string>());
        Assert.Equal("PAYS_AFTER_REMINDER", household["automaticGrade"]!.GetValue<string>());
        Assert.Equal("业主明确表示不再缴费", household["gradeOverride"]!["reason"]!.GetValue<string>());
        Assert.Equal("test-supervisor", household["gradeOverride"]!["by"]!.GetValue<string>());
        await ExpectGradesEverywhereAsync([1, 0, 1, 2]);

        // An override without a reason is refused and changes nothing.
        var (_, refused) = await _api.PostAsync("""mutation($h: ID!) { overrideGrade(input: {householdId: $h, grade: SELF_PAYER}) { automaticGrade } }""", new { h = once });
        Assert.Equal("BAD_USER_INPUT", refused["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("DEFAULTER", await GradeAsync(once));

        // The defaulter pays everything today, more than 45 days late: it paid after repeated reminders.
        await PayAllAsync(defaulter);
        Assert.Equal("PAYS_AFTER_REPEATED_REMINDERS", await GradeAsync(defaulter));
        await _api.DataAsync("mutation($h: ID!) { overrideGrade(input: {householdId: $h}) { automaticGrade } }", new { h = once });
        await ExpectGradesEverywhereAsync([1, 1, 2, 0]);
    }

    [Fact]
    public async Task Two_contacts_before_a_late_payment_make_it_a_payment_after_repeated_reminders()
    {
        var due = Today.AddDays(-20);
        var late = await HouseholdAsync("contacted", [(Period.Of(due), null)], due);
        var alone = await HouseholdAsync("alone", [(Period.Of(due), null)], due);
        await _api.Grains.GetGrain<IHouseholdCaseGrain>(late).ImportContactsAsync([Contact(late, 1, due.AddDays(3)), Contact(late, 2, due.AddDays(10))]);
        foreach (var household in new[] { late, alone })
        {
            await PayAllAsync(household);
        }
        // The case tells the ledger of its contacts in the background: whichever comes first, the grade ends the same.
        await Eventually.TrueAsync(async () => await GradeAsync(late) == "PAYS_AFTER_REPEATED_REMINDERS", TimeSpan.FromSeconds(20),
            "20 days late after two contacts is a payment after repeated reminders");
        Assert.Equal("PAYS_AFTER_REMINDER", await GradeAsync(alone));
    }

    private static ContactHistoryEntry Contact(string householdId, int n, DateOnly day)
    {
        var at = BusinessCalendar.At(day, new TimeOnly(10, 0));
        var request = new ContactRequest($"{householdId}#{n}", ContactMethod.Phone, ContactClass.B_Undecided, at, true, null, null, null);
        return new ContactHistoryEntry(new ContactRecord(request, "collector-a", 300m, null, false, null, null, at.AddMinutes(2)));
    }

    /// <summary>A household in the first building with one bill of ¥300 a month, each paid that many days after its due date (null: unpaid).</summary>
    private async Task<string> HouseholdAsync(string name, IEnumerable<(Period Month, int? DaysLate)> bills, DateOnly? dueDate = null)
    {
        var id = $"{_tree.Buildings[0]}/{name}";
        var ledger = Ledger(id);
        await ledger.RegisterAsync(new HouseholdProfile(id, _tree.Project, _tree.Buildings[0], name, 100m, "张伟", CustomerType.Individual, ["13800138000"], false, null, []));
        var list = bills.ToList();
        await ledger.IssueBillsAsync([.. list.Select(b => new BillDraft("property", "物业费", b.Month, dueDate ?? b.Month.Day(15), 300m))]);
        foreach (var (month, daysLate) in list.Where(b => b.DaysLate is not null).OrderBy(b => b.Month))
        {
            var paidOn = (dueDate ?? month.Day(15)).AddDays(daysLate!.Value);
            // A late payment settles the late fee first: ¥50 more covers it (the rest is prepaid).
            await ledger.RecordPaymentAsync(new PaymentRequest($"{id}-{month}", daysLate > 0 ? 350m : 300m, PaymentChannel.WeChatPay, BusinessCalendar.At(paidOn, new TimeOnly(10, 0))));
        }
        return id;
    }

    [Fact]
    public async Task A_project_sets_how_each_grade_is_treated_and_its_other_rules_stay()
    {
        await _api.DataAsync("mutation($p: ID!) { setWarningRules(input: {projectId: $p, climbAfterDays: 5}) { climbAfterDays } }", new { p = _tree.Project });
        var policy = (await _api.DataAsync("""
            mutation($p: ID!) { setCollectionPolicy(input: {projectId: $p, weeklyMinimum: 2, gradeTreatments: [{grade: DEFAULTER, firstMethod: PHONE, weeklyMinimum: 6}]}) {
              policy { weeklyMinimum warningRules { climbAfterDays } gradeTreatments { grade firstMethod weeklyMinimum } } } }
            """, new { p = _tree.Project }))["setCollectionPolicy"]!["policy"]!;
        Assert.Equal(5, policy["warningRules"]!["climbAfterDays"]!.GetValue<int>());
        // Set: the defaulters' treatment. Standard for the rest, on the new weekly minimum of 2: 2, 2, 3.
        Assert.Equal(["SELF_PAYER PHONE 2", "PAYS_AFTER_REMINDER PHONE 2", "PAYS_AFTER_REPEATED_REMINDERS PHONE 3", "DEFAULTER PHONE 6"],
            policy["gradeTreatments"]!.AsArray().Select(t => $"{t!["grade"]} {t["firstMethod"]} {t["weeklyMinimum"]}"));
        var (_, refused) = await _api.PostAsync("""
            mutation($p: ID!) { setCollectionPolicy(input: {projectId: $p, gradeTreatments: [{grade: DEFAULTER, firstMethod: VISIT, weeklyMinimum: 9}]}) { policy { weeklyMinimum } } }
            """, new { p = _tree.Project });
        Assert.Equal("BAD_USER_INPUT", refused["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    /// <summary>Pays today all the household owes, late fees included.</summary>
    private async Task PayAllAsync(string householdId) =>
        await Ledger(householdId).RecordPaymentAsync(new PaymentRequest($"{householdId}-all", (await Ledger(householdId).GetArrearsAsync(null)).Total,
            PaymentChannel.Counter, DateTimeOffset.UtcNow.ToOffset(BusinessCalendar.Offset)));

    private IHouseholdGrain Ledger(string id) => _api.Grains.GetGrain<IHouseholdGrain>(id);

    private async Task<string> GradeAsync(string householdId) =>
        (await _api.DataAsync("query($h: ID!) { household(id: $h) { grade } }", new { h = householdId }))["household"]!["grade"]!.GetValue<string>();

    /// <summary>Every node from the building up counts these households by grade, and its grades add up to its households.</summary>
    private async Task ExpectGradesEverywhereAsync(long[] expected)
    {
        foreach (var node in new[] { _tree.Buildings[0], _tree.Zones[0], _tree.Project, _tree.Branch, _tree.Region, _tree.Group })
        {
            JsonNode totals = null!;
            await Eventually.TrueAsync(async () =>
            {
                totals = (await _api.DataAsync("query($n: ID!) { orgNode(id: $n) { totals { households householdsByGrade } } }", new { n = node },
                    _api.TokenFor(Role.GroupAdmin, _tree.Group)))["orgNode"]!["totals"]!;
                return totals["householdsByGrade"]!.AsArray().Select(v => v!.GetValue<long>()).SequenceEqual(expected);
            }, TimeSpan.FromSeconds(10), $"{node} counts households by grade as {string.Join(",", expected)}");
            Assert.Equal(totals["households"]!.GetValue<long>(), totals["householdsByGrade"]!.AsArray().Sum(v => v!.GetValue<long>()));
        }
    }
}
