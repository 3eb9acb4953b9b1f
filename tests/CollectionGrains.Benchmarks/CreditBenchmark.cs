using System.Diagnostics;
using CollectionGrains.Billing;
using CollectionGrains.Customers.Credit;
using CollectionGrains.Customers.Grading;
using CollectionGrains.Hosting;
using CollectionGrains.Kernel;
using CollectionGrains.Organisation;
using CollectionGrains.Silo.Demo;

namespace CollectionGrains.Benchmarks;

/// <summary>
/// Issue 22's figures: the re-default model trained on the demo generator's history of N households (24 months), its
/// holdout figures beside the grade's; scores per second (features and prediction, every core) beside the grade rule
/// alone; and how long after a payment's acknowledgement the group counts the household in its new grade (p50, p99).
/// </summary>
internal static class CreditBenchmark
{
    public static async Task RunAsync(int households, int samples)
    {
        var today = BusinessCalendar.DateOf(DateTimeOffset.UtcNow);
        var watch = Stopwatch.StartNew();
        var history = DemoCreditHistory.Of(new DemoPlan(households, today), today);
        Console.WriteLine($"history: {history.Count:N0} households × 24 months, generated in {watch.Elapsed.TotalSeconds:F0} s");
        GC.Collect();

        var trained = CreditTraining.Train(history, today);
        var report = trained.Report("bench", 1, DateTimeOffset.UtcNow);
        Console.WriteLine($"training: {report.TrainSeconds:F1} s for {report.TrainRows:N0} rows ({report.TrainHouseholds:N0} households × cuts); model {trained.Model.Length / 1024.0:F0} KiB");
        Console.WriteLine($"holdout {report.HoldoutHouseholds:N0} households at {report.HoldoutCut:yyyy-MM-dd} (positive rate {report.HoldoutPositiveRate:P1}): "
            + $"model AUC {report.Auc:F3} KS {report.Ks:F3} top-decile lift {report.TopDecileLift:F2}; grade AUC {report.BaselineAuc:F3} KS {report.BaselineKs:F3} lift {report.BaselineTopDecileLift:F2}");

        using var model = LoadedCreditModel.Load(report, trained.Model);
        var scoring = Rate(history, facts => model.Score(CreditFeatures.Of(facts, today)));
        var grading = Rate(history, facts => GradeRules.Grade(facts, today));
        Console.WriteLine($"scoring: {scoring:N0} households/s (features + model, {Environment.ProcessorCount} cores); the grade rule alone {grading:N0}/s ({scoring / grading:F2}×)");

        await GradeVisibilityAsync(samples);
    }

    private static double Rate<T>(List<(string HouseholdId, Customers.CustomerFacts Facts)> history, Func<Customers.CustomerFacts, T> work)
    {
        var watch = Stopwatch.StartNew();
        Parallel.ForEach(history, h => work(h.Facts));
        return history.Count / watch.Elapsed.TotalSeconds;
    }

    /// <summary>Defaulters (one bill 200 days overdue) pay in full one by one; each time, the group is read until it counts one defaulter fewer.</summary>
    private static async Task GradeVisibilityAsync(int samples)
    {
        await using var silo = await BenchmarkSilo.StartAsync(PostgresSettings.FromEnvironment());
        var prefix = $"cb{DateTime.UtcNow:HHmmss}";
        var parent = (string?)null;
        foreach (var (level, name) in new[] { (OrgLevel.Group, "g"), (OrgLevel.Region, "r"), (OrgLevel.Branch, "br"), (OrgLevel.Project, "p"), (OrgLevel.Zone, "z"), (OrgLevel.Building, "b") })
        {
            await silo.Grains.GetGrain<IOrgNodeGrain>($"{prefix}-{name}").CreateAsync(name, level, parent);
            parent = $"{prefix}-{name}";
        }
        var today = BusinessCalendar.DateOf(DateTimeOffset.UtcNow);
        var due = today.AddDays(-200);
        var ids = Enumerable.Range(0, samples).Select(i => $"{prefix}-b/{i}").ToList();
        foreach (var id in ids)
        {
            var household = silo.Grains.GetGrain<IHouseholdGrain>(id);
            await household.RegisterAsync(new HouseholdProfile(id, $"{prefix}-p", $"{prefix}-b", id[^3..], 90m, "业主", CustomerType.Individual, [], false, null, []));
            await household.IssueBillsAsync([new BillDraft("property", "物业费", Period.Of(due), due, 300m)]);
        }
        var group = silo.Grains.GetGrain<IOrgNodeGrain>($"{prefix}-g");
        while ((await group.GetAsync())!.Totals.HouseholdsByGrade[(int)Customers.Grade.Defaulter] < samples)
        {
            await Task.Delay(50);
        }
        var latencies = new List<double>();
        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            var household = silo.Grains.GetGrain<IHouseholdGrain>(id);
            var owed = (await household.GetArrearsAsync(null)).Total;
            await household.RecordPaymentAsync(new PaymentRequest($"{id}-pay", owed, PaymentChannel.WeChatPay, DateTimeOffset.UtcNow.ToOffset(BusinessCalendar.Offset)));
            var acknowledged = Stopwatch.StartNew();
            while ((await group.GetAsync())!.Totals.HouseholdsByGrade[(int)Customers.Grade.Defaulter] > samples - i - 1)
            {
                await Task.Delay(2);
            }
            latencies.Add(acknowledged.Elapsed.TotalMilliseconds);
        }
        latencies.Sort();
        Console.WriteLine($"grade at the group after a payment: p50 {latencies[latencies.Count / 2]:F0} ms, p99 {latencies[(int)(latencies.Count * 0.99)]:F0} ms, max {latencies[^1]:F0} ms ({samples} payments, 6 levels)");
    }
}
