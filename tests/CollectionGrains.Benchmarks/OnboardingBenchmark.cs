using System.Diagnostics;
using System.Globalization;
using CollectionGrains.Billing;
using CollectionGrains.Hosting;
using CollectionGrains.Kernel;
using CollectionGrains.Kernel.Tabular;
using CollectionGrains.Organisation;

namespace CollectionGrains.Benchmarks;

/// <summary>
/// Issue 26's onboarding: a new group set up from the sheets an office sends, as .xlsx with Chinese headers — the
/// organisation tree (one row a building), then per project its households (房户) and its opening arrears (期初欠费:
/// two households in five owe one to three months of 物业服务费 from before the go-live). Imported through the import
/// grains as the API does, one file after another. Households/s counts the households over both imports' time; the
/// group's roll-up must then equal the sheets' own sums (households, overdue principal).
/// </summary>
internal static class OnboardingBenchmark
{
    private const int PerBuilding = 200;
    private const int BuildingsPerZone = 20;
    private const decimal UnitPrice = 2.50m;
    private static readonly string[] HouseholdColumns = ["楼栋路径", "房号", "面积", "业主姓名", "客户类型", "电话", "空置", "入住日期"];
    private static readonly string[] ArrearsColumns = ["楼栋路径", "房号", "收费项目编码", "收费项目", "账期", "应缴日期", "欠费金额"];

    public static async Task RunAsync(int households, int perProject)
    {
        var postgres = PostgresSettings.FromEnvironment();
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores; households {households:N0} in projects of {perProject:N0} (one sheet of each kind a project)");
        await using var silo = await BenchmarkSilo.StartAsync(postgres);
        var group = $"onb{DateTime.UtcNow:HHmmss}";
        await silo.Grains.GetGrain<IOrgNodeGrain>(group).CreateAsync("示例物业集团", OrgLevel.Group, null);
        var projects = Enumerable.Range(0, (households + perProject - 1) / perProject)
            .Select(p => new Project(p, Math.Min(perProject, households - p * perProject))).ToList();

        var watch = Stopwatch.StartNew();
        var tree = XlsxWriter.Write("组织架构", ["区域", "区域编码", "分公司", "分公司编码", "项目", "项目编码", "管理区", "楼栋"],
            projects.SelectMany(p => Enumerable.Range(0, p.Buildings).Select(b => (IReadOnlyList<object?>)
                ["华东区域", "HD", $"{p.Index / 10 + 1}号分公司", $"B{p.Index / 10 + 1}", p.Name, p.Code, $"{b / BuildingsPerZone + 1}区", $"{b + 1}栋"])));
        Check(await silo.Grains.GetGrain<IOrgTreeImportGrain>(group).ImportAsync(tree), "tree");
        Console.WriteLine($"organisation tree: {projects.Sum(p => p.Buildings):N0} buildings of {projects.Count} projects in {watch.Elapsed.TotalSeconds:F1} s ({tree.Length / 1024:N0} KiB)");

        // The office's two files of each project, all written before the clock starts.
        var imports = silo.Grains.GetGrain<IImportGrain>(group);
        var (expectedArrears, bills, owing) = (0m, 0, 0);
        var files = new List<(Project Project, byte[] Households, byte[] Arrears)>();
        foreach (var project in projects)
        {
            var rows = project.Households().ToList();
            var householdSheet = XlsxWriter.Write("房户", HouseholdColumns,
                rows.Select(h => (IReadOnlyList<object?>)[h.Path, h.Room, h.Area, h.Owner, h.Index % 25 == 0 ? "企业" : "个人", h.Phone, h.Index % 10 == 0 ? "是" : "否",
                    new DateOnly(2015, 1, 1).AddDays(h.Index % 3000)]));
            var owed = rows.Where(h => h.Index % 5 < 2).SelectMany(h => Enumerable.Range(0, h.Index % 3 + 1).Select(m => (h, Period: new Period(2026, 10).AddMonths(-m)))).ToList();
            var arrearsSheet = XlsxWriter.Write("期初欠费", ArrearsColumns,
                owed.Select(o => (IReadOnlyList<object?>)[o.h.Path, o.h.Room, "WYF", "物业服务费", o.Period.ToString(), o.Period.Day(15), o.h.MonthlyFee]));
            files.Add((project, householdSheet, arrearsSheet));
            (expectedArrears, bills, owing) = (expectedArrears + owed.Sum(o => o.h.MonthlyFee), bills + owed.Count, owing + owed.Select(o => o.h).Distinct().Count());
        }

        var (registering, billing) = (TimeSpan.Zero, TimeSpan.Zero);
        var gc = GcPauses.Start();
        var sinceFirst = Stopwatch.StartNew();
        foreach (var (project, householdSheet, arrearsSheet) in files)
        {
            watch.Restart();
            Check(await imports.ImportHouseholdsAsync(householdSheet), $"{project.Name} households");
            registering += watch.Elapsed;
            watch.Restart();
            Check(await imports.ImportOpeningArrearsAsync(arrearsSheet), $"{project.Name} arrears");
            billing += watch.Elapsed;
        }
        var total = registering + billing;
        Console.WriteLine($"households: {households:N0} in {registering.TotalSeconds:F1} s = {households / registering.TotalSeconds:N0}/s; opening arrears: {bills:N0} bills " +
                          $"of {owing:N0} households in {billing.TotalSeconds:F1} s = {bills / billing.TotalSeconds:N0} bills/s");
        Console.WriteLine($"onboarding (households + opening arrears): {households:N0} in {total.TotalSeconds:F1} s = {households / total.TotalSeconds:N0} households/s (goal >= 10,000/s); {gc}");
        await CasesOpenAsync(postgres, owing, sinceFirst);
        var sheets = files.SelectMany(f => new[] { (Sheet: f.Households, Columns: HouseholdColumns), (Sheet: f.Arrears, Columns: ArrearsColumns) }).ToList();
        watch.Restart();
        var rowsRead = sheets.Sum(s => Table.Read(s.Sheet, s.Columns).Rows.Count);
        Console.WriteLine($"of which reading the sheets, measured again alone afterwards: {sheets.Count} sheets ({rowsRead:N0} rows) in {watch.Elapsed.TotalSeconds:F1} s");

        watch.Restart();
        Totals? totals = null;
        while (watch.Elapsed < TimeSpan.FromMinutes(2) && (totals is null || totals.Households != households || totals.ArrearsPrincipal != expectedArrears))
        {
            await Task.Delay(500);
            totals = (await silo.Grains.GetGrain<IOrgNodeGrain>(group).GetAsync())?.Totals;
        }
        Console.WriteLine($"group roll-up: {totals?.Households:N0} households, overdue principal {totals?.ArrearsPrincipal:N2} against the sheets' {households:N0} and {expectedArrears:N2}: " +
                          $"{(totals?.Households == households && totals.ArrearsPrincipal == expectedArrears ? "equal" : "DIFFERENT")} {watch.Elapsed.TotalSeconds:F1} s after the last import");
    }

    /// <summary>
    /// Waits until every owing household's collection case is open (its households tell them in the background, after
    /// the imports return), and prints how long the whole onboarding took until then.
    /// </summary>
    private static async Task CasesOpenAsync(PostgresSettings postgres, int owing, Stopwatch sinceFirst)
    {
        await using var database = Npgsql.NpgsqlDataSource.Create(postgres.ConnectionString());
        long cases = 0;
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromMinutes(2) && (cases = await database.OpenCasesAsync()) < owing)
        {
            await Task.Delay(200);
        }
        Console.WriteLine($"collection cases open: {cases:N0} of {owing:N0} owing households, {waited.Elapsed.TotalSeconds:F1} s after the last import; " +
                          $"from the first import until then: {sinceFirst.Elapsed.TotalSeconds:F1} s");
    }

    private static async Task<long> OpenCasesAsync(this Npgsql.NpgsqlDataSource database)
    {
        await using var command = database.CreateCommand("SELECT count(*) FROM orleans_grain_state WHERE grain_type = 'householdCase' AND payload IS NOT NULL");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static void Check(ImportReport report, string what)
    {
        if (!report.Succeeded)
        {
            throw new InvalidOperationException($"{what}: {string.Join("; ", report.Errors.Take(5).Select(e => $"row {e.Row} {e.Column}: {e.Message}"))}");
        }
    }

    private sealed record Project(int Index, int Size)
    {
        private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙"];
        private static readonly string[] GivenNames = ["建国", "秀英", "志强", "丽娟", "海燕", "国庆", "文静", "伟", "芳", "磊"];

        public string Name => $"翠湖花园{Index + 1}期";

        public string Code => $"P{Index + 1:D3}";

        public int Buildings => (Size + PerBuilding - 1) / PerBuilding;

        /// <summary>Rooms 单元-楼层门牌 (1-1203), 25 floors of four doors in two units a building; areas 60–149 m².</summary>
        public IEnumerable<HouseholdRow> Households() => Enumerable.Range(0, Size).Select(i =>
        {
            var (building, inBuilding) = (i / PerBuilding, i % PerBuilding);
            var path = $"{Name}/{building / BuildingsPerZone + 1}区/{building + 1}栋";
            var room = $"{inBuilding / 100 + 1}-{inBuilding % 100 / 4 + 1}{inBuilding % 4 + 1:D2}";
            var index = Index * 1_000_000 + i;
            return new HouseholdRow(index, path, room, 60m + index % 90 + index % 7 * 0.25m, Surnames[index % 12] + GivenNames[index / 12 % 10],
                $"13{index % 10}{index % 100_000_000:D8}");
        });
    }

    private sealed record HouseholdRow(int Index, string Path, string Room, decimal Area, string Owner, string Phone)
    {
        public decimal MonthlyFee => Math.Round(Area * UnitPrice, 2, MidpointRounding.AwayFromZero);
    }
}
