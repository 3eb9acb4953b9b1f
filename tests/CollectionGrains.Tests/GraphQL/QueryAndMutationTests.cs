using System.Text.Json.Nodes;
using CollectionGrains.Billing;
using System.Globalization;
using CollectionGrains.Organisation;
using CollectionGrains.Tests.Billing;
using CollectionGrains.Tests.Infrastructure;

namespace CollectionGrains.Tests.GraphQL;

/// <summary>Every query and mutation of the schema through real HTTP, against the grains and PostgreSQL behind it.</summary>
public sealed class QueryAndMutationTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string PaymentMutation = """
        mutation($input: RecordPaymentInput!) {
          recordPayment(input: $input) { appliedNow payment { paymentId amount channel paidAt arrearsAfter allocations { billId principal lateFee } } household { id arrears { principal } } }
        }
        """;

    [Fact]
    public async Task The_tree_its_totals_and_its_children_read_as_the_grains_hold_them()
    {
        var data = await fixture.Api.DataAsync("""
            query($id: ID!) {
              orgRoots { id }
              orgNode(id: $id) { id name level parent { id } totals { households householdsInArrears vacantHouseholds arrearsPrincipal collectionRate arrearsByAge { bucket amount } }
                children(first: 5) { totalCount edges { node { id level children(orderBy: ARREARS_DESCENDING) { edges { node { id } } } } } } }
              missing: orgNode(id: "no-such-node") { id }
            }
            """, new { id = fixture.Tree.Project });

        Assert.Contains(data["orgRoots"]!.AsArray(), root => root!["id"]!.GetValue<string>() == fixture.Tree.Group);
        var project = data["orgNode"]!;
        Assert.Equal(("PROJECT", fixture.Tree.Branch), (project["level"]!.GetValue<string>(), project["parent"]!["id"]!.GetValue<string>()));
        Assert.Equal(3, project["totals"]!["households"]!.GetValue<long>());
        Assert.Equal(1, project["totals"]!["vacantHouseholds"]!.GetValue<long>());
        await Eventually.TrueAsync(async () =>
        {
            // Other tests of this class pay and bill: compare with the grain once the roll-up has settled.
            var read = await fixture.Api.DataAsync("query($id: ID!) { orgNode(id: $id) { totals { arrearsPrincipal } } }", new { id = fixture.Tree.Project });
            var held = (await fixture.Api.Grains.GetGrain<IOrgNodeGrain>(fixture.Tree.Project).GetAsync())!.Totals;
            return held.ArrearsPrincipal.ToString("0.00", CultureInfo.InvariantCulture) == read["orgNode"]!["totals"]!["arrearsPrincipal"]!.GetValue<string>();
        }, TimeSpan.FromSeconds(10), "the API reads the totals the project node holds");
        Assert.Equal(5, project["totals"]!["arrearsByAge"]!.AsArray().Count);
        Assert.Equal(2, project["children"]!["totalCount"]!.GetValue<int>());
        Assert.Null(data["missing"]);
    }

    [Fact]
    public async Task A_household_reads_with_owner_arrears_bills_and_an_unknown_id_reads_as_null()
    {
        var data = await fixture.Api.DataAsync("""
            query($id: ID!) {
              household(id: $id) { id room area vacant owner { name phones customerType } building { id level }
                arrears(asOf: "2025-12-01") { principal lateFee total ageBucket oldestDueDate }
                bills { period dueDate principal principalDue } payments { paymentId } }
              nobody: household(id: "no/such") { id }
            }
            """, new { id = fixture.Household(0, "1-101") });

        var household = data["household"]!;
        Assert.Equal(("1-101", "张伟", "BUILDING"), (household["room"]!.GetValue<string>(), household["owner"]!["name"]!.GetValue<string>(), household["building"]!["level"]!.GetValue<string>()));
        Assert.Equal("500.00", household["arrears"]!["principal"]!.GetValue<string>());
        Assert.Equal("2025-03-15", household["arrears"]!["oldestDueDate"]!.GetValue<string>());
        Assert.Equal("DAYS_181_365", household["arrears"]!["ageBucket"]!.GetValue<string>());
        Assert.Equal(["2025-03", "2025-04"], household["bills"]!.AsArray().Select(b => b!["period"]!.GetValue<string>()).Take(2));
        Assert.Null(data["nobody"]);
    }

    [Fact]
    public async Task The_arrears_list_filters_and_pages_with_cursors_to_the_end()
    {
        const string query = """
            query($node: ID!, $after: String) { arrears(nodeId: $node, first: 2, after: $after, filter: {minimumAmount: "100.00"}) {
              totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id room owner { name } arrears { total } } } } }
            """;
        var first = (await fixture.Api.DataAsync(query, new { node = fixture.Tree.Group }))["arrears"]!;
        var second = (await fixture.Api.DataAsync(query, new { node = fixture.Tree.Group, after = first["pageInfo"]!["endCursor"]!.GetValue<string>() }))["arrears"]!;
        var vacantOnly = await fixture.Api.DataAsync("""
            query($node: ID!) { arrears(nodeId: $node, filter: {vacant: true}) { totalCount edges { node { room } } } }
            """, new { node = fixture.Tree.Group });

        Assert.Equal(3, first["totalCount"]!.GetValue<int>());
        Assert.True(first["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.False(second["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var nodes = first["edges"]!.AsArray().Concat(second["edges"]!.AsArray()).Select(e => e!["node"]!).ToList();
        // Largest amount first (other tests of this class pay these households, so the order is read, not assumed).
        var amounts = nodes.Select(n => decimal.Parse(n["arrears"]!["total"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(["1-101", "2-201", "3-301"], nodes.Select(n => n["room"]!.GetValue<string>()).Order());
        Assert.Equal(amounts.OrderDescending(), amounts);
        Assert.Equal("2-201", vacantOnly["arrears"]!["edges"]![0]!["node"]!["room"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_payment_applies_once_by_its_id_and_the_same_id_with_other_content_is_a_conflict_that_changes_nothing()
    {
        var household = fixture.Household(2, "3-301");
        var input = new { paymentId = BillingFixtures.NewId("pay"), householdId = household, amount = "80.50", channel = "WE_CHAT_PAY", paidAt = "2026-01-05T10:00:00+08:00" };

        var first = (await fixture.Api.DataAsync(PaymentMutation, new { input }))["recordPayment"]!;
        var again = (await fixture.Api.DataAsync(PaymentMutation, new { input }))["recordPayment"]!;
        var (status, conflict) = await fixture.Api.PostAsync(PaymentMutation, new { input = input with { amount = "90.00" } });

        Assert.True(first["appliedNow"]!.GetValue<bool>());
        Assert.False(again["appliedNow"]!.GetValue<bool>());
        Assert.Equal("80.50", again["payment"]!["amount"]!.GetValue<string>());
        Assert.Equal((200, "CONFLICT"), (status, ApiFixture.Code(conflict)));
        var payments = await fixture.Api.Grains.GetGrain<IHouseholdGrain>(household).GetPaymentsAsync();
        Assert.Single(payments, p => p.PaymentId == input.paymentId);
    }

    [Fact]
    public async Task A_payment_is_reversed_with_a_reason_and_a_late_fee_is_waived_with_a_reason_by_the_signed_in_user()
    {
        var household = fixture.Household(1, "2-201");
        var paymentId = BillingFixtures.NewId("pay");
        await fixture.Api.DataAsync(PaymentMutation, new { input = new { paymentId, householdId = household, amount = "100.00", channel = "BANK_WITHHOLDING", paidAt = "2026-01-05T10:00:00+08:00" } });
        var reversed = await fixture.Api.DataAsync("""
            mutation($input: ReversePaymentInput!) { reversePayment(input: $input) { payment { reversed } } }
            """, new { input = new { householdId = household, paymentId, reason = "余额不足，银行退票" } });
        var bill = (await fixture.Api.Grains.GetGrain<IHouseholdGrain>(household).GetBillsAsync(null))[0];
        var waived = await fixture.Api.DataAsync("""
            mutation($input: WaiveLateFeeInput!) { waiveLateFee(input: $input) { lateFee principal reason approver appliedNow } }
            """, new { input = new { waiverId = BillingFixtures.NewId("w"), householdId = household, billId = bill.BillId, amount = "1.00", reason = "疫情减免" } });

        Assert.True(reversed["reversePayment"]!["payment"]!["reversed"]!.GetValue<bool>());
        Assert.Equal(("1.00", "0.00", "test-groupadmin"), (waived["waiveLateFee"]!["lateFee"]!.GetValue<string>(), waived["waiveLateFee"]!["principal"]!.GetValue<string>(), waived["waiveLateFee"]!["approver"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_bill_run_bills_every_household_once_and_running_it_again_issues_nothing()
    {
        await fixture.Api.Grains.GetGrain<IBillingProjectGrain>(fixture.Tree.Project).SetChargeItemAsync(BillingFixtures.PropertyFee);
        const string run = """
            mutation($input: RunBillingInput!) { runBilling(input: $input) { households billsIssued billsAlreadyIssued period } }
            """;
        var first = (await fixture.Api.DataAsync(run, new { input = new { projectId = fixture.Tree.Project, period = "2025-12" } }))["runBilling"]!;
        var second = (await fixture.Api.DataAsync(run, new { input = new { projectId = fixture.Tree.Project, period = "2025-12" } }))["runBilling"]!;

        Assert.Equal((3, 3, "2025-12"), (first["households"]!.GetValue<int>(), first["billsIssued"]!.GetValue<int>(), first["period"]!.GetValue<string>()));
        Assert.Equal((0, 3), (second["billsIssued"]!.GetValue<int>(), second["billsAlreadyIssued"]!.GetValue<int>()));
    }

    [Fact]
    public async Task An_import_with_a_bad_row_reports_row_and_column_and_imports_nothing()
    {
        var data = await fixture.Api.DataAsync("""
            mutation($groupId: ID!, $content: String!) { importHouseholds(input: {groupId: $groupId, format: CSV, content: $content}) { succeeded applied errors { row column message } } }
            """, new { groupId = fixture.Tree.Group, content = "楼栋路径,房号,面积,业主姓名,客户类型,电话,空置,入住日期\n幸福里/一区/1栋,1-909,80,王五,个人,,否,\n幸福里/一区/1栋,1-910,-5,赵六,个人,,否,\n" });

        var report = data["importHouseholds"]!;
        Assert.False(report["succeeded"]!.GetValue<bool>());
        Assert.Equal(0, report["applied"]!.GetValue<int>());
        Assert.Contains(report["errors"]!.AsArray(), e => e!["row"]!.GetValue<int>() == 3 && e["column"]!.GetValue<string>() == "面积");
        Assert.Null(await fixture.Api.Grains.GetGrain<IHouseholdGrain>(fixture.Household(0, "1-909")).GetProfileAsync());
    }
}
