using System.Diagnostics;
using CollectionGrains.Billing;
using CollectionGrains.Collection;
using CollectionGrains.Hosting;
using CollectionGrains.Kernel;
using CollectionGrains.Outreach;
using CollectionGrains.Outreach.Notices;

namespace CollectionGrains.Benchmarks;

/// <summary>
/// Issue 20's notice figures: a whole project's 催收通知单 as PDF through the real path (a batch: each household's
/// arrears read, the wording rendered, the PDF written and stored by SHA-256, the notice row, the contact in the case),
/// per second and in all; beside it, the PDF writing alone on one thread, to show what the path adds.
/// </summary>
internal static class NoticeBenchmark
{
    public static async Task RunAsync(int households)
    {
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores; a project of {households:N0} households in arrears, one 催收通知单 each");
        var render = RenderAlone(Math.Min(households, 500));
        Console.WriteLine($"PDF writing alone, one thread: {render}");

        var postgres = PostgresSettings.FromEnvironment();
        using var gateway = new LoopbackGateway(21190);
        await using var silo = await BenchmarkSilo.StartAsync(postgres,
            OutreachSettings.WithRandomKeys("http://127.0.0.1:0").WithWebhook(gateway.Url, System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        var projectId = $"nb-{Guid.NewGuid():N}"[..16];
        await BenchmarkTree.CreateAsync(silo.Grains, projectId, buildings: (households + 199) / 200);
        var opened = await Measure.ConcurrentlyAsync(households, 32, async i =>
        {
            var id = $"{projectId}-b{i / 200}/{i % 200 + 101}";
            var household = silo.Grains.GetGrain<IHouseholdGrain>(id);
            await household.RegisterAsync(new HouseholdProfile(id, projectId, $"{projectId}-b{i / 200}", $"{i / 200 + 1}栋{i % 200 + 101}", 60m + i % 90,
                "业主" + i, CustomerType.Individual, ["13800000000"], false, null, []));
            await household.IssueBillsAsync([
                new BillDraft("property", "物业费", new Period(2025, 3), new DateOnly(2025, 3, 15), 200m + i % 500),
                new BillDraft("property", "物业费", new Period(2025, 4), new DateOnly(2025, 4, 15), 200m + i % 500)]);
        });
        Console.WriteLine($"households registered with two bills of 2025 unpaid: {opened}");
        var list = silo.Grains.GetGrain<IArrearsListGrain>(projectId);
        var wait = Stopwatch.StartNew();
        while ((await list.GetPageAsync(new ArrearsFilter(), ArrearsOrder.Room, 1, null)).TotalCount < households && wait.Elapsed < TimeSpan.FromMinutes(10))
        {
            await Task.Delay(500);
        }

        var batch = silo.Grains.GetGrain<INoticeBatchGrain>("bench-" + projectId);
        var watch = Stopwatch.StartNew();
        await batch.StartAsync(projectId, NoticeKind.DunningNotice, null, new CollectionActor("bench-supervisor", ActorRank.Supervisor));
        NoticeBatch status;
        while ((status = (await batch.GetAsync())!).FinishedAt is null)
        {
            await Task.Delay(250);
        }
        watch.Stop();
        Console.WriteLine($"batch of {status.Total:N0}: {status.Issued:N0} issued, {status.Skipped} skipped, {status.Failed} failed in {watch.Elapsed.TotalSeconds:F1} s " +
            $"= {status.Issued / watch.Elapsed.TotalSeconds:N1} notices/s (PDF, stored, recorded as contacts)");

        // Messages: one SMS per household decided at once, then sent by the silo's sender to the gateway on loopback.
        var allDay = new ContactWindow(new TimeOnly(0, 0), new TimeOnly(23, 59));
        await silo.Grains.GetGrain<ICollectionProjectGrain>(projectId).SetPolicyAsync(CollectionPolicy.Standard with { WeekdayWindows = [allDay], WeekendWindows = [allDay] },
            new CollectionActor("bench-supervisor", ActorRank.Supervisor));
        var decided = await Measure.ConcurrentlyAsync(households, 32, i => silo.Grains.GetGrain<IHouseholdOutreachGrain>($"{projectId}-b{i / 200}/{i % 200 + 101}")
            .SendMessageAsync($"{projectId}-m{i}", MessageChannel.Sms, "您好，您的物业费尚欠，请及时缴纳。", true, new CollectionActor("bench-supervisor", ActorRank.Supervisor)));
        Console.WriteLine($"messages decided (written to the outbox): {decided}");
        var sending = Stopwatch.StartNew();
        while (gateway.Taken.Count < households && sending.Elapsed < TimeSpan.FromMinutes(10))
        {
            await Task.Delay(100);
        }
        Console.WriteLine($"messages taken by the gateway: {gateway.Taken.Count:N0} in {sending.Elapsed.TotalSeconds:F1} s after the last decision " +
            $"= {gateway.Taken.Count / (decided.Elapsed + sending.Elapsed).TotalSeconds:N0}/s from the first decision");
        await Task.Delay(TimeSpan.FromSeconds(2));   // the last ones are recorded as contacts after the gateway took them
        var sample = Enumerable.Range(0, 20).Select(k => k * (households / 20)).ToList();
        var recorded = (await Task.WhenAll(sample.Select(async i => (await silo.Grains.GetGrain<IHouseholdCaseGrain>($"{projectId}-b{i / 200}/{i % 200 + 101}").GetAsync())
            .Contacts.Any(c => c.ContactId == $"{projectId}-m{i}" && c.Request.Method == ContactMethod.Sms)))).Count(found => found);
        Console.WriteLine($"sent messages recorded as contacts of their cases, in a sample of {sample.Count}: {recorded}");
    }

    private static Measure.Result RenderAlone(int count)
    {
        var template = NoticeTemplates.BuiltIn(NoticeKind.DunningNotice);
        var model = NoticeModel.Sample(NoticeKind.DunningNotice);
        var timings = new List<double>(count);
        var watch = Stopwatch.StartNew();
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            var one = Stopwatch.StartNew();
            var pdf = NoticePdf.Write(NoticeMarkup.Parse(NoticeTemplates.Render(template.Body, model)), "http://127.0.0.1:5080/pay/" + new string('x', 120), "催收通知单");
            bytes += pdf.Length;
            timings.Add(one.Elapsed.TotalMilliseconds);
        }
        timings.Sort();
        Console.WriteLine($"average PDF: {bytes / count / 1024.0:F1} KiB");
        return new Measure.Result(count, watch.Elapsed, timings[count / 2], timings[(int)(count * 0.99)]);
    }
}
