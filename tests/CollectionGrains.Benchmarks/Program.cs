using CollectionGrains.Benchmarks;

// Usage: CollectionGrains.Benchmarks billing [households] [payments] [concurrency]
//        CollectionGrains.Benchmarks rollup [buildings] [householdsPerBuilding] [paymentsPerSecond] [seconds]
var scenario = args.ElementAtOrDefault(0) ?? "billing";
int Arg(int index, int fallback) => int.TryParse(args.ElementAtOrDefault(index), out var value) ? value : fallback;
switch (scenario)
{
    case "billing":
        await BillingBenchmark.RunAsync(Arg(1, 100_000), Arg(2, 50_000), Arg(3, 64));
        break;
    case "rollup":
        await RollUpBenchmark.RunAsync(Arg(1, 200), Arg(2, 50), Arg(3, 500), Arg(4, 60));
        break;
    default:
        Console.Error.WriteLine($"unknown scenario '{scenario}'; known: billing, rollup");
        return 2;
}
return 0;
