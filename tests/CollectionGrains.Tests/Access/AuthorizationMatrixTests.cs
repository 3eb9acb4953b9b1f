using CollectionGrains.Kernel.Tabular;
using System.Text.Json.Nodes;
using CollectionGrains.Access;
using CollectionGrains.Billing;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.Tests.Billing;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CollectionGrains.Tests.Access;

/// <summary>
/// Every field of the schema × every role × (inside the role's scope, just outside it), generated from the live schema:
/// a field the rule forbids answers FORBIDDEN, an allowed field inside the scope answers, and outside the scope the
/// whole response is exactly the response for ids that do not exist. A type the matrix cannot reach, a root field no
/// entry starts from, or a field without a rule fails the test.
/// </summary>
public sealed class AuthorizationMatrixTests(AccessFixture fixture, ITestOutputHelper output) : IClassFixture<AccessFixture>
{
    private static readonly string[] Refusals = ["FORBIDDEN", "UNAUTHENTICATED", "NOT_FOUND"];

    /// <summary>Anonymous by design and tested by LoginTests and UserAdministrationTests (login, changeMyPassword): the only fields without a role list.</summary>
    private static readonly HashSet<string> LoginTypes = ["LoginPayload"];

    private int _case;

    [Fact]
    public async Task Every_field_answers_its_rule_for_every_role_inside_and_outside_the_scope()
    {
        var schema = fixture.Api.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var types = schema.AllTypes.OfType<IObjectGraphType>()
            .Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !LoginTypes.Contains(t.Name)).ToList();
        var entries = Entries();
        // The root types' fields are the entries' roots; every other type is reached by an entry.
        var unreached = types.Where(t => t.Name is not ("Query" or "Mutation" or "Subscription") && entries.All(e => e.Type != t.Name)).Select(t => t.Name)
            .Concat(schema.Query.Fields.Concat(schema.Mutation!.Fields).Select(f => f.Name).Where(name => name is not ("login" or "changeMyPassword") && entries.All(e => e.Root != name))).ToList();
        Assert.True(unreached.Count == 0, "types and root fields the matrix does not reach: " + string.Join(", ", unreached));
        var withoutRule = types.SelectMany(t => t.Fields.Where(f => Rule(f) is null).Select(f => $"{t.Name}.{f.Name}")).ToList();
        Assert.True(withoutRule.Count == 0, "fields without an access rule: " + string.Join(", ", withoutRule));

        var checkedFields = 0;
        foreach (var entry in entries)
        {
            var type = types.Single(t => t.Name == entry.Type);
            if (type.Fields.Any(f => f.Arguments?.Any(a => a.ResolvedType is NonNullGraphType && a.DefaultValue is null && Named(a.ResolvedType!).Name != "Period") == true))
            {
                Assert.Fail($"{type.Name} has a field with a required argument: give the matrix a way to fill it");
            }
            var rootRule = Rule((schema.Query.GetField(entry.Root) ?? schema.Mutation.GetField(entry.Root))!)!;
            var operation = entry.Operation.Replace("SELECTION", string.Join(" ", type.Fields.Select(Selection)), StringComparison.Ordinal);
            foreach (var role in AccessFixture.Roles)
            {
                var token = fixture.TokenFor(role);
                var inside = new MatrixTarget(fixture.Project(1), fixture.Household(1), fixture.Group, fixture.CollectorOf(1), fixture.SecondCollector);
                var body = await PostAsync(operation, await entry.Variables(inside), token);
                foreach (var field in type.Fields)
                {
                    ExpectInside(body, entry, field, rootRule, role);
                    checkedFields++;
                }

                var k = fixture.OutsideProjectFor(role);
                var outside = new MatrixTarget(fixture.Project(k), fixture.Household(k), fixture.OtherGroup, fixture.CollectorOf(k), fixture.CollectorOf(k));
                var outsideBody = await PostAsync(operation, await entry.Variables(outside), token);
                var unknownBody = await PostAsync(operation, await entry.Variables(MatrixTarget.Unknown), token);
                // An operation without ids (orgRoots, me, auditLog) asks the same either way: it must answer the same.
                var expected = entry.Operation.Contains('$', StringComparison.Ordinal) ? MatrixTarget.Unknown.Replace(unknownBody.ToJsonString(), outside) : unknownBody.ToJsonString();
                Assert.True(expected == outsideBody.ToJsonString(),
                    $"{role} outside its scope via {entry.Root} → {entry.Type} must answer as for unknown ids:\noutside: {outsideBody.ToJsonString()}\nunknown: {unknownBody.ToJsonString()}");
                checkedFields += type.Fields.Count;
            }
        }
        output.WriteLine($"{entries.Count} entries, {checkedFields} field × role × scope checks");
    }

    private static FieldAccess? Rule(FieldType field) => field.GetMetadata<FieldAccess?>(FieldAccess.MetadataKey);

    /// <summary>A field as the matrix asks for it; a required month (a target's) is this month.</summary>
    private static string Selection(FieldType field) =>
        $"f_{field.Name}: {field.Name}"
        + (field.Arguments?.FirstOrDefault(a => a.ResolvedType is NonNullGraphType && Named(a.ResolvedType!).Name == "Period") is { } period
            ? $"({period.Name}: \"{CollectionGrains.Kernel.Period.Of(CollectionGrains.Kernel.BusinessCalendar.DateOf(DateTimeOffset.UtcNow))}\")" : "")
        + (Named(field.ResolvedType!) is IObjectGraphType ? " { __typename }" : "");

    private static IGraphType Named(IGraphType type) => type is IProvideResolvedType wrapper ? Named(wrapper.ResolvedType!) : type;

    private static void ExpectInside(JsonNode body, MatrixEntry entry, FieldType field, FieldAccess rootRule, Role role)
    {
        var errors = body["errors"]?.AsArray().Select(e => (Code: e!["extensions"]?["code"]?.GetValue<string>(), Path: e["path"]?.AsArray().Select(p => p!.ToString()).ToList() ?? [])).ToList() ?? [];
        var label = $"{role} reading {entry.Type}.{field.Name} via {entry.Root}: {body.ToJsonString()}";
        if (!rootRule.Allows(role))
        {
            Assert.True(errors.Any(e => e.Code == "FORBIDDEN" && e.Path.FirstOrDefault() == entry.Root), label);
        }
        else if (!Rule(field)!.Allows(role))
        {
            Assert.True(errors.Any(e => e.Code == "FORBIDDEN" && e.Path.LastOrDefault() == $"f_{field.Name}"), label);
        }
        else
        {
            // Refused neither at the root nor itself (a sibling field another rule forbids is refused on its own path).
            Assert.True(errors.Where(e => e.Path.Count <= 1 || e.Path[^1] == $"f_{field.Name}").All(e => !Refusals.Contains(e.Code)), label);
            Assert.True(Contains(body["data"], $"f_{field.Name}"), label);
        }
    }

    private static bool Contains(JsonNode? node, string key) => node switch
    {
        JsonObject o => o.ContainsKey(key) || o.Any(p => Contains(p.Value, key)),
        JsonArray a => a.Any(item => Contains(item, key)),
        _ => false,
    };

    private async Task<JsonNode> PostAsync(string operation, object variables, string token)
    {
        var (status, body) = await fixture.Api.PostAsync(operation, variables, "application/json", token);
        Assert.True(status == 200, $"{status}: {body.ToJsonString()}");
        return body;
    }

    private List<MatrixEntry> Entries()
    {
        const string node = "query($node: ID!) { orgNode(id: $node) { SELECTION } }";
        const string household = "query($household: ID!) { household(id: $household) { SELECTION } }";
        const string arrears = "query($node: ID!) { arrears(nodeId: $node) { SELECTION } }";
        static object Node(MatrixTarget t) => new { node = t.Node };
        static object Household(MatrixTarget t) => new { household = t.Household };
        List<MatrixEntry> entries =
        [
            Query("OrgNode", "orgNode", node, Node),
            Query("Totals", "orgNode", node.Replace("SELECTION", "totals { SELECTION }"), Node),
            Query("AgeBucketAmount", "orgNode", node.Replace("SELECTION", "totals { arrearsByAge { SELECTION } }"), Node),
            Query("OrgNodeConnection", "orgNode", node.Replace("SELECTION", "children { SELECTION }"), Node),
            Query("OrgNodeEdge", "orgNode", node.Replace("SELECTION", "children { edges { SELECTION } }"), Node),
            Query("PageInfo", "orgNode", node.Replace("SELECTION", "children { pageInfo { SELECTION } }"), Node),
            Query("HouseholdConnection", "arrears", arrears, Node),
            Query("HouseholdEdge", "arrears", arrears.Replace("SELECTION", "edges { SELECTION }"), Node),
            Query("Household", "household", household, Household),
            Query("Owner", "household", household.Replace("SELECTION", "owner { SELECTION }"), Household),
            Query("Arrears", "household", household.Replace("SELECTION", "arrears { SELECTION }"), Household),
            Query("Bill", "household", household.Replace("SELECTION", "bills { SELECTION }"), Household),
            Query("Payment", "household", household.Replace("SELECTION", "payments { SELECTION }"), Household),
            Query("Allocation", "household", household.Replace("SELECTION", "payments { allocations { SELECTION } }"), Household),
            Query("OrgNode", "orgRoots", "{ orgRoots { SELECTION } }", _ => new { }),
            Query("User", "me", "{ me { SELECTION } }", _ => new { }),
            Mutation("RunBillingPayload", "runBilling", "RunBillingInput", t => Task.FromResult<object>(new { projectId = t.Node, period = "2026-01" })),
            Mutation("RecordPaymentPayload", "recordPayment", "RecordPaymentInput", t => Task.FromResult<object>(new
            {
                paymentId = BillingFixtures.NewId("matrix"), householdId = t.Household, amount = "1.00", channel = "COUNTER", paidAt = "2026-01-02T09:00:00+08:00",
            })),
            Mutation("ReversePaymentPayload", "reversePayment", "ReversePaymentInput", async t =>
                new { householdId = t.Household, paymentId = await PaymentToReverseAsync(t), reason = "银行退票" }),
            Mutation("WaiverPayload", "waiveLateFee", "WaiveLateFeeInput", async t => new
            {
                waiverId = BillingFixtures.NewId("w"), householdId = t.Household, billId = await BillIdAsync(t, fresh: false), amount = "0.01", reason = "减免",
            }),
            Mutation("WaiverPayload", "waiveBill", "WaiveBillInput", async t => new
            {
                waiverId = BillingFixtures.NewId("w"), householdId = t.Household, billId = await BillIdAsync(t, fresh: true), reason = "减免",
            }),
        ];
        foreach (var import in new[] { "importHouseholds", "importOpeningArrears", "importBankWithholding", "importChargeItems" })
        {
            entries.Add(Mutation("ImportPayload", import, "ImportInput", t => Task.FromResult<object>(new { groupId = t.Group, format = "CSV", content = "楼栋路径,房号\n不存在/一区/1栋,1-101\n" })));
        }
        entries.AddRange(CollectionEntries(node, household));
        entries.Add(Query("PayLink", "household", household.Replace("SELECTION", "payLink { SELECTION }"), Household));
        var month = CollectionGrains.Kernel.Period.Of(CollectionGrains.Kernel.BusinessCalendar.DateOf(DateTimeOffset.UtcNow));
        var target = node.Replace("SELECTION", $"target(period: \"{month}\") {{ SELECTION }}");
        entries.Add(Query("Target", "orgNode", target, Node));
        entries.Add(Query("TargetProgress", "orgNode", target.Replace("{ SELECTION }", "{ progress { SELECTION } }"), Node));
        entries.Add(Query("TargetForecast", "orgNode", target.Replace("{ SELECTION }", "{ forecast { SELECTION } }"), Node));
        entries.Add(Query("TargetChange", "orgNode", node.Replace("SELECTION", $"targetHistory(period: \"{month}\") {{ SELECTION }}"), Node));
        entries.Add(Query("MonthCollection", "orgNode", node.Replace("SELECTION", "collectionTrend(months: 3) { SELECTION }"), Node));
        // Next month: no parent has a target for it yet, so a project's own is allowed; then its one zone takes the whole of it.
        var next = month.AddMonths(1).ToString();
        entries.Add(Mutation("Target", "setTarget", "SetTargetInput", t => Task.FromResult<object>(new { nodeId = t.Node, period = next, collectionRate = 0.9m, recoveryAmount = "100.00" })));
        entries.Add(Mutation("Target", "adjustTargets", "AdjustTargetsInput", async t => new
        {
            parentId = t.Node, period = next,
            shares = new[] { new { nodeId = t.Node + "-z", collectionAmount = (await fixture.Api.Grains.GetGrain<CollectionGrains.Organisation.IOrgNodeGrain>(t.Node)
                .GetTargetAsync(CollectionGrains.Kernel.Period.Parse(next)))?.Target.CollectionAmount?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) ?? "0.00", recoveryAmount = "100.00" } },
        }));
        entries.Add(Query("Credit", "household", household.Replace("SELECTION", "credit { SELECTION }"), Household));
        entries.Add(Query("GradeOverride", "household", household.Replace("SELECTION", "gradeOverride { SELECTION }"), Household));
        entries.Add(Mutation("Credit", "overrideGrade", "OverrideGradeInput", t => Task.FromResult<object>(new { householdId = t.Household, grade = "PAYS_AFTER_REMINDER", reason = "矩阵" })));
        entries.Add(new MatrixEntry("CreditModel", "creditModel", "query($group: ID!) { creditModel(groupId: $group) { SELECTION } }", t => Task.FromResult<object>(new { group = t.Group })));
        entries.Add(new MatrixEntry("TrainCreditModelPayload", "trainCreditModel", "mutation($group: ID!) { trainCreditModel(groupId: $group) { SELECTION } }",
            t => Task.FromResult<object>(new { group = t.Group })));
        entries.Add(Mutation("PayLink", "revokePayLinks", "HouseholdInput", t => Task.FromResult<object>(new { householdId = t.Household })));
        entries.Add(Mutation("DownloadLink", "exportEvidencePack", "HouseholdInput", t => Task.FromResult<object>(new { householdId = t.Household })));
        entries.Add(Mutation("NoticePayload", "issueNotice", "IssueNoticeInput", t => Task.FromResult<object>(new { householdId = t.Household, kind = "PAYMENT_NOTICE" })));
        entries.Add(Mutation("Notice", "issueNotice", "IssueNoticeInput", t => Task.FromResult<object>(new { householdId = t.Household, kind = "DUNNING_NOTICE" }), "notice { SELECTION }"));
        entries.Add(Query("Notice", "household", household.Replace("SELECTION", "notices { SELECTION }"), Household));
        entries.Add(Mutation("NoticeTemplate", "setNoticeTemplate", "SetNoticeTemplateInput", t => Task.FromResult<object>(new
        {
            groupId = t.Group, kind = "PAYMENT_NOTICE", body = "# 缴费通知单\n{{ owner }}：请缴纳{{ total | yuan }}。\n[二维码]",
        })));
        entries.Add(Mutation("NoticeBatch", "issueNotices", "IssueNoticesInput", t => Task.FromResult<object>(new { nodeId = t.Node, kind = "PAYMENT_NOTICE" })));
        entries.Add(new MatrixEntry("NoticeBatch", "noticeBatch", "query($batch: ID!) { noticeBatch(id: $batch) { SELECTION } }",
            async t => new { batch = await NoticeBatchAsync(t) }));
        entries.AddRange(LegalEntries(household));
        entries.Add(Mutation("Message", "sendMessage", "SendMessageInput", t => Task.FromResult<object>(new
        {
            messageId = "matrix-" + Guid.NewGuid().ToString("N")[..12], householdId = t.Household, channel = "APP_PUSH", text = "矩阵提醒",
        })));
        entries.Add(Mutation("MessageOptOutPayload", "setMessageOptOut", "SetMessageOptOutInput", t => Task.FromResult<object>(new { householdId = t.Household, channel = "SMS", optedOut = false })));
        entries.Add(new MatrixEntry("LegalStepRequest", "legalSteps", "query($node: ID!) { legalSteps(nodeId: $node) { SELECTION } }", t => Task.FromResult<object>(new { node = t.Node })));
        entries.Add(new MatrixEntry("LimitationEntry", "limitationExpiring", "query($node: ID!) { limitationExpiring(nodeId: $node, withinDays: 3650) { SELECTION } }",
            t => Task.FromResult<object>(new { node = t.Node })));
        entries.Add(new MatrixEntry("MessagePage", "messages", "query($node: ID!) { messages(nodeId: $node) { SELECTION } }", t => Task.FromResult<object>(new { node = t.Node })));
        entries.Add(Query("NoticeTemplate", "noticeTemplates", "query($node: ID!) { noticeTemplates(nodeId: $node) { SELECTION } }", t => new { node = t.Node }));
        entries.Add(Mutation("WaiverPayload", "approveWaiver", "ApproveWaiverInput", async t => new { householdId = t.Household, waiverId = await PendingWaiverAsync(t) }));
        entries.Add(Mutation("OrgNodePayload", "createOrgNode", "CreateOrgNodeInput", t => Task.FromResult<object>(new { parentId = t.Node, level = "ZONE", name = "矩阵区" })));
        entries.Add(Mutation("OrgNodePayload", "renameOrgNode", "RenameOrgNodeInput", t => Task.FromResult<object>(new { nodeId = t.Node, name = "更名测试" })));
        // The target node "moved" under the parent it has: allowed, and it changes nothing.
        entries.Add(Mutation("OrgNodePayload", "moveOrgNode", "MoveOrgNodeInput", async t => new
        {
            nodeId = t.Node,
            newParentId = (await fixture.Api.Grains.GetGrain<CollectionGrains.Organisation.IOrgNodeGrain>(t.Node).GetAsync())?.Info.ParentId ?? MatrixTarget.Unknown.Group,
        }));
        entries.Add(Mutation("OrgNodePayload", "setBuildingLocation", "SetBuildingLocationInput", t => Task.FromResult<object>(new
        {
            nodeId = t.Node + "-z-b", address = "矩阵路 1 号", latitude = 22.5431m, longitude = 114.0579m,
        })));
        // Inside, a fresh empty zone per role (each allowed role closes one); outside, one that stays (the call is refused).
        entries.Add(Mutation("CloseOrgNodePayload", "closeOrgNode", "CloseOrgNodeInput", async t =>
        {
            var id = t.Node == fixture.Project(1) ? $"{t.Node}-zc{Guid.NewGuid():N}"[..(t.Node.Length + 11)] : t.Node + "-zc";
            if (t.Node != MatrixTarget.Unknown.Node)
            {
                await fixture.Api.Grains.GetGrain<CollectionGrains.Organisation.IOrgNodeGrain>(id).CreateAsync("待撤销区", CollectionGrains.Organisation.OrgLevel.Zone, t.Node);
            }
            return new { nodeId = id };
        }));
        var today = Kernel.BusinessCalendar.DateOf(DateTimeOffset.UtcNow);
        entries.Add(Mutation("ChargeItem", "setChargeItems", "SetChargeItemsInput", t => Task.FromResult<object>(new
        {
            projectId = t.Node, effectiveFrom = Kernel.Period.Of(today).AddMonths(2).FirstDay.ToString("yyyy-MM-dd"),
            items = new[] { new { code = "matrix", name = "矩阵费", basis = "FIXED", cycle = "MONTHLY", dueDay = 10, unitPrice = 12.5m } },
        })));
        entries.Add(Mutation("LateFeePolicy", "setLateFeePolicy", "SetLateFeePolicyInput", t => Task.FromResult<object>(new
        {
            projectId = t.Node, dailyRate = 0.0005m, graceDays = 0, capAtPrincipal = true, effectiveFrom = today.AddDays(30).ToString("yyyy-MM-dd"),
        })));
        entries.Add(Mutation("ImportPayload", "importOrgTree", "ImportInput", t => Task.FromResult<object>(new { groupId = t.Group, format = "CSV", content = "区域,分公司,项目,管理区,楼栋\n" })));
        entries.Add(Mutation("ImportPayload", "importUsers", "ImportInput", t => Task.FromResult<object>(new { groupId = t.Group, format = "CSV", content = "用户名,姓名,角色,所属组织,初始密码\n" })));
        entries.Add(Mutation("DownloadLink", "exportArrears", "ExportArrearsInput", t => Task.FromResult<object>(new { nodeId = t.Node, format = "CSV" })));
        entries.Add(Mutation("DownloadLink", "exportAnalysis", "ExportAnalysisInput", t => Task.FromResult<object>(new { nodeId = t.Node, analysis = "REASONS", period = "2026-11" })));
        // A stored user of the target's project (inside: project 1's second collector); enabling last leaves them enabled.
        foreach (var (root, input) in new[] { ("revokeSessions", "RevokeSessionsInput"), ("disableUser", "DisableUserInput"), ("enableUser", "EnableUserInput") })
        {
            entries.Add(Mutation("UserPayload", root, input, t => Task.FromResult<object>(new { username = t.User })));
        }
        entries.Add(Mutation("UserPayload", "createUser", "CreateUserInput", t => Task.FromResult<object>(new
        {
            username = $"m-{Guid.NewGuid():N}"[..20], displayName = "矩阵用户", role = "COLLECTOR", scopeId = t.Node, password = "矩阵测试口令-2026",
        })));
        entries.Add(Mutation("UserPayload", "updateUser", "UpdateUserInput", t => Task.FromResult<object>(new { username = t.User, displayName = "矩阵更名" })));
        entries.Add(Query("UserListingConnection", "users", "query($node: ID!) { users(scopeId: $node) { SELECTION } }", Node));
        entries.Add(Query("UserListingEdge", "users", "query($node: ID!) { users(scopeId: $node) { edges { SELECTION } } }", Node));
        entries.Add(Query("UserListing", "users", "query($node: ID!) { users(scopeId: $node) { edges { node { SELECTION } } } }", Node));
        entries.Add(Mutation("ImportError", "importHouseholds", "ImportInput", t => Task.FromResult<object>(new { groupId = t.Group, format = "CSV", content = "楼栋路径,房号\n不存在/一区/1栋,1-101\n" }), "errors { SELECTION }"));
        // Late: the second collector of project 1 must change their password after this.
        entries.Add(Mutation("UserPayload", "resetPassword", "ResetPasswordInput", t => Task.FromResult<object>(new { username = t.User, newPassword = "矩阵重置口令-2026" })));
        // Last: by now the mutations above have filled the audit log.
        entries.Add(Query("AuditEntryConnection", "auditLog", "{ auditLog { SELECTION } }", _ => new { }));
        entries.Add(Query("AuditEntryEdge", "auditLog", "{ auditLog { edges { SELECTION } } }", _ => new { }));
        entries.Add(Query("AuditEntry", "auditLog", "{ auditLog { edges { node { SELECTION } } } }", _ => new { }));
        return entries;

        static MatrixEntry Query(string type, string root, string operation, Func<MatrixTarget, object> variables) =>
            new(type, root, operation, t => Task.FromResult(variables(t)));
    }

    /// <summary>The collection work: plans, tasks, collectors, cases, the record sheet, and every collection mutation on fresh tasks.</summary>
    private List<MatrixEntry> CollectionEntries(string node, string household)
    {
        const string plan = "query($day: Date) { myPlan(date: $day) { SELECTION } }";
        const string task = "query($task: ID!) { task(id: $task) { SELECTION } }";
        const string collector = "query($collector: String!) { collector(username: $collector) { SELECTION } }";
        // Two days on: the project-1 collector's B household is called daily; the escalated case, contacted today, is due again.
        var inTwoDays = new { day = Kernel.BusinessCalendar.DateOf(DateTimeOffset.UtcNow).AddDays(2).ToString("yyyy-MM-dd") };
        static MatrixEntry Query(string type, string root, string operation, Func<MatrixTarget, object> variables) =>
            new(type, root, operation, t => Task.FromResult(variables(t)));
        static object Node(MatrixTarget t) => new { node = t.Node };
        static string Day(int fromToday) => CollectionGrains.Kernel.BusinessCalendar.DateOf(DateTimeOffset.UtcNow).AddDays(fromToday).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        static object Household(MatrixTarget t) => new { household = t.Household };
        return
        [
            Query("PlanItem", "myPlan", plan, _ => inTwoDays),
            Query("LegacyIssue", "myPlan", plan.Replace("SELECTION", "legacyIssues { SELECTION }"), _ => inTwoDays),
            Query("Script", "scripts", "query($node: ID!) { scripts(nodeId: $node) { SELECTION } }", Node),
            Query("CollectionTaskConnection", "tasks", "query($node: ID!) { tasks(nodeId: $node) { SELECTION } }", Node),
            Query("CollectionTaskEdge", "tasks", "query($node: ID!) { tasks(nodeId: $node) { edges { SELECTION } } }", Node),
            Query("CollectionTask", "task", task, t => new { task = t.Task }),
            Query("TaskEvent", "task", task.Replace("SELECTION", "events { SELECTION }"), t => new { task = t.Task }),
            Query("NextAction", "task", task.Replace("SELECTION", "nextAction { SELECTION }"), t => new { task = t.Task }),
            Query("Collector", "collector", collector, t => new { collector = t.Collector }),
            Query("CollectorCounters", "collector", collector.Replace("SELECTION", "counters { SELECTION }"), t => new { collector = t.Collector }),
            Query("CollectionCase", "household", household.Replace("SELECTION", "collection { SELECTION }"), Household),
            Query("Contact", "household", household.Replace("SELECTION", "collection { contacts { SELECTION } }"), Household),
            Query("ArrearsReason", "household", household.Replace("SELECTION", "collection { contacts { reason { SELECTION } } }"), Household),
            Query("Promise", "household", household.Replace("SELECTION", "collection { promise { SELECTION } }"), Household),
            Query("VisitCheck", "household", household.Replace("SELECTION", "collection { contacts { visitCheck { SELECTION } } }"), Household),
            Query("GeoPoint", "household", household.Replace("SELECTION", "building { location { SELECTION } }"), Household),
            new("VisitToReview", "visitsToReview", "query($node: ID!) { visitsToReview(projectId: $node) { SELECTION } }", t => Task.FromResult<object>(new { node = t.Node })),
            new("CheatingFigures", "cheatingReport", "query($node: ID!) { cheatingReport(projectId: $node) { SELECTION } }", t => Task.FromResult<object>(new { node = t.Node })),
            new("WeeklyReview", "weeklyReview", "query($node: ID!) { weeklyReview(projectId: $node, week: \"2026-12-01\") { SELECTION } }", t => Task.FromResult<object>(new { node = t.Node })),
            new("EffectRow", "effectAnalysis", "query($node: ID!, $from: Date!, $to: Date!) { effectAnalysis(nodeId: $node, from: $from, to: $to, by: METHOD) { SELECTION } }",
                t => Task.FromResult<object>(new { node = t.Node, from = Day(-30), to = Day(1) })),
            new("RollMonth", "rollRates", "query($node: ID!) { rollRates(nodeId: $node, from: \"2026-10\", to: \"2026-11\") { SELECTION } }", t => Task.FromResult<object>(new { node = t.Node })),
            new("RollCell", "rollRates", "query($node: ID!) { rollRates(nodeId: $node, from: \"2026-10\", to: \"2026-11\") { cells { SELECTION } } }", t => Task.FromResult<object>(new { node = t.Node })),
            new("ReasonRow", "reasonAnalysis", "query($node: ID!) { reasonAnalysis(nodeId: $node, period: \"2026-11\", cut: AGE_BUCKET) { SELECTION } }", t => Task.FromResult<object>(new { node = t.Node })),
            new("FinanceReport", "financeReport", "query($node: ID!) { financeReport(nodeId: $node, period: \"2026-11\") { SELECTION } }", t => Task.FromResult<object>(new { node = t.Node })),
            new("FinanceFigures", "financeReport", "query($node: ID!) { financeReport(nodeId: $node, period: \"2026-11\") { total { SELECTION } } }", t => Task.FromResult<object>(new { node = t.Node })),
            new("CreditCalibration", "creditCalibration", "query($node: ID!) { creditCalibration(nodeId: $node) { SELECTION } }", t => Task.FromResult<object>(new { node = t.Node })),
            new("CreditCalibration", "creditCalibrationHistory", "query($node: ID!) { creditCalibrationHistory(nodeId: $node) { SELECTION } }", t => Task.FromResult<object>(new { node = t.Node })),
            new("CalibrationRow", "creditCalibration", "query($node: ID!) { creditCalibration(nodeId: $node) { bands { SELECTION } } }", t => Task.FromResult<object>(new { node = t.Node })),
            new("TrendPoint", "analysisTrend", "query($node: ID!, $from: Date!, $to: Date!) { analysisTrend(nodeId: $node, from: $from, to: $to, step: WEEK) { SELECTION } }",
                t => Task.FromResult<object>(new { node = t.Node, from = Day(-14), to = Day(0) })),
            new("ReportSchedule", "reportSchedule", "query($node: ID!) { reportSchedule(nodeId: $node) { SELECTION } }", t => Task.FromResult<object>(new { node = t.Node })),
            Mutation("ReportSchedule", "scheduleReports", "ScheduleReportsInput", t => Task.FromResult<object>(new { nodeId = t.Node, weekly = false, monthly = false })),
            new("AnalysisReport", "analysisReports", "query($node: ID!) { analysisReports(nodeId: $node) { SELECTION } }", ReportsOf),
            new("ReportDelivery", "analysisReports", "query($node: ID!) { analysisReports(nodeId: $node) { deliveries { SELECTION } } }", ReportsOf),
            Mutation("AnalysisReport", "produceReport", "ProduceReportInput", t => Task.FromResult<object>(new { nodeId = t.Node, cadence = "WEEKLY", day = Day(0) })),
            new("DownloadLink", "downloadReport", "mutation($node: ID!, $report: ID!) { downloadReport(nodeId: $node, reportId: $report, format: PDF) { SELECTION } }", async t =>
                new { node = t.Node, report = t.Node == fixture.Project(1) ? await fixture.NewReportAsync() : t.Node + ":W20261130" }),
            new("ExperimentReport", "experiments", "query($node: ID!) { experiments(projectId: $node) { SELECTION } }", ExperimentsOf),
            new("ScriptExperiment", "experiments", "query($node: ID!) { experiments(projectId: $node) { experiment { SELECTION } } }", ExperimentsOf),
            new("ArmResult", "experiments", "query($node: ID!) { experiments(projectId: $node) { champion { SELECTION } } }", ExperimentsOf),
            Mutation("ExperimentPayload", "startExperiment", "StartExperimentInput", async t =>
            {
                var (champion, challenger) = t.Node == fixture.Project(1) ? await fixture.NewScriptPairAsync() : ("s-a", "s-b");
                return new { projectId = t.Node, name = "矩阵", championScriptId = champion, challengerScriptId = challenger };
            }),
            Mutation("ExperimentPayload", "stopExperiment", "StopExperimentInput", async t =>
                new { projectId = t.Node, experimentId = t.Node == fixture.Project(1) ? await fixture.NewExperimentAsync() : "x-none" }),
            new("WeeklyReviewRow", "weeklyReview", "query($node: ID!) { weeklyReview(projectId: $node, week: \"2026-12-01\") { rows { SELECTION } } }", t => Task.FromResult<object>(new { node = t.Node })),
            Mutation("ReviewVisitPayload", "reviewVisit", "ReviewVisitInput", t => Task.FromResult<object>(new { householdId = t.Household, contactId = AccessFixture.VisitId, cheating = false })),
            Mutation("DoorQrTokenPayload", "revokeDoorQrToken", "HouseholdInput", t => Task.FromResult<object>(new { householdId = t.Household })),
            new("WarningConnection", "warnings", "query($node: ID!) { warnings(nodeId: $node) { SELECTION } }", t => Task.FromResult<object>(new { node = t.Node })),
            new("Warning", "warnings", "query($node: ID!) { warnings(nodeId: $node) { warnings { SELECTION } } }", t => Task.FromResult<object>(new { node = t.Node })),
            Query("WarningRules", "orgNode", node.Replace("SELECTION", "collectionPolicy { warningRules { SELECTION } }"), Node),
            Mutation("WarningRules", "setWarningRules", "SetWarningRulesInput", t => Task.FromResult<object>(new { projectId = t.Node, climbAfterDays = 3 })),
            new("ServiceOrderPage", "serviceOrders", "query($node: ID!) { serviceOrders(nodeId: $node) { SELECTION } }", t => Task.FromResult<object>(new { node = t.Node })),
            new("ServiceOrder", "serviceOrders", "query($node: ID!) { serviceOrders(nodeId: $node) { orders { SELECTION } } }", t => Task.FromResult<object>(new { node = t.Node })),
            new("ServiceOrderEvent", "serviceOrders", "query($node: ID!) { serviceOrders(nodeId: $node) { orders { events { SELECTION } } } }", t => Task.FromResult<object>(new { node = t.Node })),
            Mutation("ServiceOrderPayload", "openServiceOrder", "OpenServiceOrderInput", async t => new { householdId = await FreshHouseholdAsync(t, held: true), category = "OTHER", description = "矩阵：楼道漏水" }),
            Mutation("ServiceOrderPayload", "updateServiceOrder", "UpdateServiceOrderInput", async t => new
            {
                orderId = t.Node == fixture.Project(1) ? await fixture.NewServiceOrderAsync(1, t.Collector) : t.Household + ":service-1", status = "IN_PROGRESS", note = "矩阵",
            }),
            Query("CollectionPolicy", "orgNode", node.Replace("SELECTION", "collectionPolicy { SELECTION }"), Node),
            Query("ContactWindow", "orgNode", node.Replace("SELECTION", "collectionPolicy { weekdayWindows { SELECTION } }"), Node),
            Query("GradeTreatment", "orgNode", node.Replace("SELECTION", "collectionPolicy { gradeTreatments { SELECTION } }"), Node),
            Query("FileDownload", "recordSheet", "query($node: ID!) { recordSheet(projectId: $node, format: CSV) { SELECTION } }", Node),
            Mutation("RecordContactPayload", "recordContact", "RecordContactInput", t => Task.FromResult<object>(new
            {
                contactId = BillingFixtures.NewId("k"), householdId = t.Household, method = "DUNNING_LETTER", outcome = "B_UNDECIDED",
            })),
            Mutation("TaskPayload", "grabTask", "GrabTaskInput", async t => new { taskId = await FreshTaskAsync(t, held: false) }),
            Mutation("TaskPayload", "transferTask", "TransferTaskInput", async t => new { taskId = await FreshTaskAsync(t, held: true), collector = SecondCollectorOf(t), reason = "调岗" }),
            Mutation("TaskPayload", "escalateTask", "EscalateTaskInput", async t => new { taskId = await FreshTaskAsync(t, held: true), reason = "业主投诉" }),
            Mutation("TaskPayload", "cancelTask", "CancelTaskInput", async t => new { taskId = await FreshTaskAsync(t, held: true), reason = "产权纠纷，暂停催收" }),
            Mutation("AssignHouseholdsPayload", "assignHouseholds", "AssignHouseholdsInput", async t => new { projectId = t.Node, householdIds = new[] { await FreshHouseholdAsync(t, held: true) } }),
            Mutation("CollectionPolicyPayload", "setCollectionPolicy", "SetCollectionPolicyInput", t => Task.FromResult<object>(new { projectId = t.Node, weeklyMinimum = 3 })),
            // A policy decided for a later day, which the query below reads.
            Mutation("CollectionPolicyPayload", "setCollectionPolicy", "SetCollectionPolicyInput", t => Task.FromResult<object>(new
            {
                projectId = t.Node, weeklyMinimum = 4, effectiveFrom = Kernel.BusinessCalendar.DateOf(DateTimeOffset.UtcNow).AddDays(40).ToString("yyyy-MM-dd"),
            })),
            Query("ScheduledCollectionPolicy", "orgNode", node.Replace("SELECTION", "scheduledCollectionPolicy { SELECTION }"), Node),
            Mutation("EvenSplitPayload", "splitEvenly", "SplitEvenlyInput", t => Task.FromResult<object>(new { projectId = t.Node, staff = new[] { t.Collector } })),
            Mutation("StaffShare", "splitEvenly", "SplitEvenlyInput", t => Task.FromResult<object>(new { projectId = t.Node, staff = new[] { t.Collector } }), "shares { SELECTION }"),
            Mutation("LegacyIssuePayload", "recordLegacyIssue", "RecordLegacyIssueInput", t => Task.FromResult<object>(new
            {
                householdId = t.Household, issueId = BillingFixtures.NewId("L"), category = "车位", text = "车位归属有争议",
            })),
            Mutation("LegacyIssuePayload", "resolveLegacyIssue", "ResolveLegacyIssueInput", t => Task.FromResult<object>(new { householdId = t.Household, issueId = "L1" })),
            Mutation("ScriptPayload", "saveScript", "SaveScriptInput", t => Task.FromResult<object>(new
            {
                groupId = t.Group, scriptId = BillingFixtures.NewId("s"), title = "上门", method = "VISIT", body = "{{ owner }}您好",
            })),
        ];
    }

    /// <summary>
    /// Inside the scope, a fresh household in arrears of project 1 (held by its collector or in the pool), so that each
    /// change succeeds on a task of its own; outside, the target's own household (refused as if unknown).
    /// </summary>
    private async Task<string> FreshHouseholdAsync(MatrixTarget target, bool held) =>
        target.Node == fixture.Project(1) ? await fixture.NewHouseholdAsync(1, held ? target.Collector : null) : target.Household;

    /// <summary>Project 1 has an experiment to report on (started once).</summary>
    private async Task<object> ReportsOf(MatrixTarget target)
    {
        if (target.Node == fixture.Project(1))
        {
            await fixture.NewReportAsync();
        }
        return new { node = target.Node };
    }

    private async Task<object> ExperimentsOf(MatrixTarget target)
    {
        if (target.Node == fixture.Project(1) && (await fixture.Api.Grains.GetGrain<CollectionGrains.Collection.ICollectionProjectGrain>(target.Node).GetExperimentsAsync()).Count == 0)
        {
            await fixture.NewExperimentAsync();
        }
        return new { node = target.Node };
    }

    private async Task<string> FreshTaskAsync(MatrixTarget target, bool held) => await FreshHouseholdAsync(target, held) + ":1";

    private string SecondCollectorOf(MatrixTarget target) => target.Collector == fixture.CollectorOf(1) ? fixture.SecondCollector : target.Collector;

    /// <summary>The legal ladder on household 1 (thresholds lowered): requests and decisions that leave it where it was, then the whole ladder for a lawsuit.</summary>
    private List<MatrixEntry> LegalEntries(string household)
    {
        var deadline = Kernel.BusinessCalendar.DateOf(DateTimeOffset.UtcNow).AddDays(20).ToString("yyyy-MM-dd");
        static MatrixEntry Query(string type, string operation) =>
            new(type, "household", operation, t => Task.FromResult<object>(new { household = t.Household }));
        return
        [
            Mutation("LegalStepPayload", "requestLegalStep", "RequestLegalStepInput", async t => new { householdId = t.Household, step = await NextLegalStepAsync(t), reason = "矩阵", deadline }),
            Mutation("LegalStepRequest", "requestLegalStep", "RequestLegalStepInput", async t => new { householdId = t.Household, step = await NextLegalStepAsync(t), reason = "矩阵", deadline },
                "request { SELECTION }"),
            Mutation("LegalStepPayload", "decideLegalStep", "DecideLegalStepInput", async t => new { requestId = await WaitingLegalRequestAsync(t), approve = false, note = "矩阵" }),
            Mutation("NoticePayload", "recordNoticeDelivery", "RecordNoticeDeliveryInput", async t => await DeliveryInputAsync(t)),
            Mutation("NoticeDelivery", "recordNoticeDelivery", "RecordNoticeDeliveryInput", async t => await DeliveryInputAsync(t), "notice { delivery { SELECTION } }"),
            Mutation("LegalThreshold", "setLegalPolicy", "SetLegalPolicyInput", t => Task.FromResult<object>(new
            {
                projectId = t.Node, thresholds = new[] { new { step = "LAWYER_LETTER", minAgeDays = 0, minAmount = "0.01", minContacts = 0 } },
            })),
            new("LegalThreshold", "legalPolicy", "query($node: ID!) { legalPolicy(projectId: $node) { SELECTION } }", t => Task.FromResult<object>(new { node = t.Node })),
            Mutation("ServiceCentre", "setServiceCentre", "SetServiceCentreInput", t => Task.FromResult<object>(new { projectId = t.Node, phone = "0755-8600 0000", address = "矩阵路1号" })),
            new("ServiceCentre", "serviceCentre", "query($node: ID!) { serviceCentre(projectId: $node) { SELECTION } }", t => Task.FromResult<object>(new { node = t.Node })),
            Mutation("AutomaticRemindersPayload", "setAutomaticReminders", "SetAutomaticRemindersInput", t => Task.FromResult<object>(new { projectId = t.Node, promiseReminders = false, remotePaymentLinks = false })),
            Mutation("AutomaticReminders", "setAutomaticReminders", "SetAutomaticRemindersInput", t => Task.FromResult<object>(new { projectId = t.Node, promiseReminders = false, remotePaymentLinks = false }),
                "reminders { SELECTION }"),
            new("AutomaticReminders", "automaticReminders", "query($node: ID!) { automaticReminders(projectId: $node) { SELECTION } }", t => Task.FromResult<object>(new { node = t.Node })),
            Query("Limitation", household.Replace("SELECTION", "limitation { SELECTION }")),
            Query("BillLimitation", household.Replace("SELECTION", "limitation { bills { SELECTION } }")),
            Mutation("Lawsuit", "recordLawsuit", "RecordLawsuitInput", async t => new
            {
                requestId = await ApprovedLawsuitAsync(t), caseNumber = "(2026)矩阵1号", court = "矩阵法院", filedOn = Kernel.BusinessCalendar.DateOf(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd"),
            }, "request { lawsuit { SELECTION } }"),
        ];
    }

    private static readonly CollectionGrains.Collection.CollectionActor LegalRequester = new("matrix-requester", CollectionGrains.Collection.ActorRank.Supervisor);
    private static readonly CollectionGrains.Collection.CollectionActor LegalApprover = new("matrix-approver", CollectionGrains.Collection.ActorRank.Supervisor);

    /// <summary>Household 1 under the lowest thresholds with a dunning letter issued, its waiting request (if any) rejected; others: nothing.</summary>
    private async Task<CollectionGrains.Outreach.IHouseholdOutreachGrain?> LegalHouseholdAsync(MatrixTarget t, bool rejectWaiting)
    {
        if (t.Household != fixture.Household(1))
        {
            return null;
        }
        var outreach = fixture.Api.Grains.GetGrain<CollectionGrains.Outreach.IHouseholdOutreachGrain>(t.Household);
        await fixture.Api.Grains.GetGrain<CollectionGrains.Outreach.IOutreachProjectGrain>(fixture.Project(1)).SetLegalPolicyAsync(new(
            [.. Enum.GetValues<CollectionGrains.Outreach.LegalStep>().Select(step => new CollectionGrains.Outreach.LegalThreshold(step, 0, 0.01m, 0))]));
        await outreach.IssueNoticeAsync(new(NoticeIdOf(t, "DL"), CollectionGrains.Outreach.NoticeKind.DunningLetter, null), LegalRequester);
        if (rejectWaiting && (await outreach.GetLegalStepsAsync()).FirstOrDefault(r => r.Status == CollectionGrains.Outreach.LegalStepStatus.Requested) is { } waiting)
        {
            await outreach.DecideLegalStepAsync(waiting.RequestId, false, null, LegalApprover);
        }
        return outreach;
    }

    private async Task<string> NextLegalStepAsync(MatrixTarget t)
    {
        if (await LegalHouseholdAsync(t, rejectWaiting: true) is not { } outreach)
        {
            return "LAWYER_LETTER";
        }
        var steps = await outreach.GetLegalStepsAsync();
        return GraphQLEnum(Enum.GetValues<CollectionGrains.Outreach.LegalStep>().First(step =>
            !steps.Any(r => r.Step == step && r.Status is CollectionGrains.Outreach.LegalStepStatus.Done or CollectionGrains.Outreach.LegalStepStatus.Approved)).ToString());
    }

    private async Task<string> WaitingLegalRequestAsync(MatrixTarget t)
    {
        if (await LegalHouseholdAsync(t, rejectWaiting: false) is not { } outreach)
        {
            return t.Household + ":legal-1";
        }
        return (await outreach.GetLegalStepsAsync()).FirstOrDefault(r => r.Status == CollectionGrains.Outreach.LegalStepStatus.Requested)?.RequestId
            ?? (await outreach.RequestLegalStepAsync(Enum.Parse<CollectionGrains.Outreach.LegalStep>(
                (await NextLegalStepAsync(t)).Replace("_", "", StringComparison.Ordinal), ignoreCase: true), "矩阵", Kernel.BusinessCalendar.DateOf(DateTimeOffset.UtcNow).AddDays(20), LegalRequester)).RequestId;
    }

    /// <summary>Household 1 taken up the whole ladder (once) to an approved lawsuit.</summary>
    private async Task<string> ApprovedLawsuitAsync(MatrixTarget t)
    {
        if (await LegalHouseholdAsync(t, rejectWaiting: true) is not { } outreach)
        {
            return t.Household + ":legal-1";
        }
        foreach (var step in Enum.GetValues<CollectionGrains.Outreach.LegalStep>())
        {
            if ((await outreach.GetLegalStepsAsync()).FirstOrDefault(r => r.Step == step && r.Status is CollectionGrains.Outreach.LegalStepStatus.Done or CollectionGrains.Outreach.LegalStepStatus.Approved) is { } taken)
            {
                if (step == CollectionGrains.Outreach.LegalStep.Lawsuit)
                {
                    return taken.RequestId;
                }
                continue;
            }
            var request = await outreach.RequestLegalStepAsync(step, "矩阵", Kernel.BusinessCalendar.DateOf(DateTimeOffset.UtcNow).AddDays(20), LegalRequester);
            await outreach.DecideLegalStepAsync(request.RequestId, true, null, LegalApprover);
            if (step == CollectionGrains.Outreach.LegalStep.Lawsuit)
            {
                return request.RequestId;
            }
        }
        throw new InvalidOperationException("unreachable");
    }

    private async Task<object> DeliveryInputAsync(MatrixTarget t)
    {
        var today = Kernel.BusinessCalendar.DateOf(DateTimeOffset.UtcNow);
        if (await LegalHouseholdAsync(t, rejectWaiting: false) is { } outreach)
        {
            await outreach.IssueNoticeAsync(new(NoticeIdOf(t, "PN"), CollectionGrains.Outreach.NoticeKind.PaymentNotice, null), LegalRequester);
        }
        return new { householdId = t.Household, noticeId = NoticeIdOf(t, "PN"), deliveredOn = today.ToString("yyyy-MM-dd"), method = "当面签收", proof = "业主本人签字" };
    }

    /// <summary>Notice ids are unique across the database (tests share it): one per household and purpose.</summary>
    private static string NoticeIdOf(MatrixTarget t, string purpose) =>
        "M" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(t.Household)))[..16] + purpose;

    private static string GraphQLEnum(string name) => string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));

    /// <summary>A batch of payment notices of the target's node (an unknown node: an id no batch has).</summary>
    private async Task<string> NoticeBatchAsync(MatrixTarget t)
    {
        if (t.Node == MatrixTarget.Unknown.Node)
        {
            return "unknown-batch-7f3a";
        }
        var id = "matrix-" + t.Node;
        await fixture.Api.Grains.GetGrain<CollectionGrains.Outreach.INoticeBatchGrain>(id)
            .StartAsync(t.Node, CollectionGrains.Outreach.NoticeKind.PaymentNotice, null, CollectionGrains.Collection.CollectionActor.System);
        return id;
    }

    private MatrixEntry Mutation(string type, string root, string inputType, Func<MatrixTarget, Task<object>> input, string selection = "SELECTION") =>
        new(type, root, $"mutation($input: {inputType}!) {{ {root}(input: $input) {{ {selection} }} }}", async t => new { input = await input(t) });

    private async Task<string> PaymentToReverseAsync(MatrixTarget target)
    {
        if (target.Household == MatrixTarget.Unknown.Household)
        {
            return "unknown-payment";
        }
        var receipt = await fixture.Api.Grains.GetGrain<IHouseholdGrain>(target.Household).RecordPaymentAsync(BillingFixtures.Payment(BillingFixtures.NewId("rev"), 2m));
        return receipt.PaymentId;
    }

    /// <summary>A waiver of a fresh ¥800 bill (above the default limit) that someone else asked for: it waits for approval.</summary>
    private async Task<string> PendingWaiverAsync(MatrixTarget target)
    {
        if (target.Household == MatrixTarget.Unknown.Household)
        {
            return "unknown-waiver";
        }
        var household = fixture.Api.Grains.GetGrain<IHouseholdGrain>(target.Household);
        var period = new Kernel.Period(2020, 1).AddMonths(Interlocked.Increment(ref _case)).ToString();
        await household.IssueBillsAsync([BillingFixtures.Opening(period, 800m)]);
        var bill = (await household.GetBillsAsync(null)).Single(b => b.Period.ToString() == period).BillId;
        var receipt = await household.WaiveAsync(new WaiverRequest(BillingFixtures.NewId("pw"), bill, WaiverKind.Bill, null,
            Kernel.BusinessCalendar.DateOf(DateTimeOffset.UtcNow), "房屋漏水", "matrix-requester"));
        Assert.True(receipt.AwaitingApproval);
        return receipt.WaiverId;
    }

    private async Task<string> BillIdAsync(MatrixTarget target, bool fresh)
    {
        if (target.Household == MatrixTarget.Unknown.Household)
        {
            return "unknown-bill";
        }
        var household = fixture.Api.Grains.GetGrain<IHouseholdGrain>(target.Household);
        if (!fresh)
        {
            return (await household.GetBillsAsync(null))[0].BillId;
        }
        var period = new Kernel.Period(2020, 1).AddMonths(Interlocked.Increment(ref _case)).ToString();
        await household.IssueBillsAsync([BillingFixtures.Opening(period, 30m)]);
        return (await household.GetBillsAsync(null)).Single(b => b.Period.ToString() == period).BillId;
    }
}
