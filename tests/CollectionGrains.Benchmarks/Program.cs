using CollectionGrains.Benchmarks;

// Usage: CollectionGrains.Benchmarks billing [households] [payments] [concurrency] [months]
//        CollectionGrains.Benchmarks collection [households] [concurrency] [packageSize] [planReads]
//        CollectionGrains.Benchmarks rollup [buildings] [householdsPerBuilding] [paymentsPerSecond] [seconds]
//        CollectionGrains.Benchmarks graphql [concurrency] [seconds]   (against the running system at CG_HTTP_URL)
//        CollectionGrains.Benchmarks scale [households] [months] [paymentsPerSecond] [seconds] [sqlRuns]   (starts the silo itself)
//        CollectionGrains.Benchmarks faults [silos] [households] [paymentsPerSecond] [addAndRemove 0|1]   (starts the silos itself)
//        CollectionGrains.Benchmarks notices [households]
//        CollectionGrains.Benchmarks credit [households] [gradeSamples]
//        CollectionGrains.Benchmarks throughput [maxSilos] [households] [seconds]   (1 … maxSilos silos, started itself)
//        CollectionGrains.Benchmarks analytics [households] [months] [runs]   (starts the silo itself)
//        CollectionGrains.Benchmarks onboarding [households] [perProject]
var scenario = args.ElementAtOrDefault(0) ?? "billing";
int Arg(int index, int fallback) => int.TryParse(args.ElementAtOrDefault(index), out var value) ? value : fallback;
switch (scenario)
{
    case "billing":
        await BillingBenchmark.RunAsync(Arg(1, 100_000), Arg(2, 50_000), Arg(3, 64), Arg(4, 1));
        break;
    case "collection":
        await CollectionBenchmark.RunAsync(Arg(1, 50_000), Arg(2, 64), Arg(3, 2_000), Arg(4, 300));
        break;
    case "rollup":
        await RollUpBenchmark.RunAsync(Arg(1, 200), Arg(2, 50), Arg(3, 500), Arg(4, 60));
        break;
    case "graphql":
        await GraphQLBenchmark.RunAsync(Environment.GetEnvironmentVariable("CG_HTTP_URL") ?? "http://127.0.0.1:5080", Arg(1, 32), Arg(2, 20));
        break;
    case "scale":
        await ScaleBenchmark.RunAsync(Arg(1, 1_000_000), Arg(2, 6), Arg(3, 200), Arg(4, 60), Arg(5, 2));
        break;
    case "faults":
        var failed = await FaultRun.RunAsync(Arg(1, 2), Arg(2, 2000), Arg(3, 50), Arg(4, 1) == 1);
        Console.WriteLine(failed == 0 ? "fault run: every check passed" : $"fault run: {failed} checks FAILED");
        return failed == 0 ? 0 : 1;
    case "notices":
        await NoticeBenchmark.RunAsync(Arg(1, 10_000));
        break;
    case "credit":
        await CreditBenchmark.RunAsync(Arg(1, 1_000_000), Arg(2, 200));
        break;
    case "analytics":
        await AnalyticsBenchmark.RunAsync(Arg(1, 100_000), Arg(2, 6), Arg(3, 5));
        break;
    case "onboarding":
        await OnboardingBenchmark.RunAsync(Arg(1, 100_000), Arg(2, 10_000));
        break;
    case "throughput":
        await ThroughputRun.RunAsync(Arg(1, 3), Arg(2, 2000), Arg(3, 30));
        break;
    default:
        Console.Error.WriteLine($"unknown scenario '{scenario}'; known: billing, collection, rollup, graphql, scale, faults, throughput, notices, credit, analytics, onboarding");
        return 2;
}
return 0;
