using CollectionGrains.Billing.Imports;
using CollectionGrains.Kernel.Tabular;
using Orleans.Concurrency;

namespace CollectionGrains.Billing;

/// <summary>
/// Spreadsheet imports into a group. Reads the file, resolves buildings through the organisation tree, validates every
/// row (and asks the households what they would refuse) before changing anything; then applies row by row, each
/// idempotent, so re-importing a file changes nothing.
/// </summary>
[StatelessWorker(1)]
internal sealed class ImportGrain : Grain, IImportGrain
{
    private const int Concurrency = 64;

    public async Task<ImportReport> ImportHouseholdsAsync(byte[] file)
    {
        if (!TryRead(file, HouseholdSheet.ColumnNames, out var table, out var unreadable))
        {
            return unreadable;
        }
        var (households, errors) = HouseholdSheet.Parse(table, await BuildingDirectoryAsync());
        if (errors.Count > 0)
        {
            return new ImportReport(table.Rows.Count, 0, 0, errors);
        }
        var changed = await ForEachAsync(households, h => Household(h.HouseholdId).RegisterAsync(h));
        return Applied(table, changed);
    }

    public async Task<ImportReport> ImportOpeningArrearsAsync(byte[] file)
    {
        if (!TryRead(file, ArrearsSheet.ColumnNames, out var table, out var unreadable))
        {
            return unreadable;
        }
        var buildings = await BuildingDirectoryAsync();
        var known = await KnownHouseholdsAsync(table, buildings);
        var (bills, errors) = ArrearsSheet.Parse(table, buildings, known);
        if (errors.Count == 0)
        {
            var refusals = await Task.WhenAll(bills.Select(async b => (b.Key, Problems: await Household(b.Key).CheckBillsAsync(b.Value))));
            errors.AddRange(refusals.SelectMany(r => r.Problems.Select(p => new ImportError(0, "欠费金额", $"{r.Key}: {p}"))));
        }
        if (errors.Count > 0)
        {
            return new ImportReport(table.Rows.Count, 0, 0, errors);
        }
        var results = await ForEachAsync(bills.ToList(), b => Household(b.Key).IssueBillsAsync(b.Value));
        return new ImportReport(table.Rows.Count, results.Sum(r => r.Issued), results.Sum(r => r.AlreadyIssued), []);
    }

    public async Task<ImportReport> ImportBankWithholdingAsync(byte[] file)
    {
        if (!TryRead(file, WithholdingSheet.ColumnNames, out var table, out var unreadable))
        {
            return unreadable;
        }
        var buildings = await BuildingDirectoryAsync();
        var known = await KnownHouseholdsAsync(table, buildings);
        var (payments, errors) = WithholdingSheet.Parse(table, buildings, known);
        if (errors.Count == 0)
        {
            foreach (var group in payments.GroupBy(p => p.HouseholdId))
            {
                var recorded = (await Household(group.Key).GetPaymentsAsync()).ToDictionary(p => p.PaymentId);
                errors.AddRange(group.Where(p => recorded.TryGetValue(p.Payment.PaymentId, out var earlier)
                        && (earlier.Amount != p.Payment.Amount || earlier.PaidAt != p.Payment.PaidAt || earlier.Channel != p.Payment.Channel))
                    .Select(p => new ImportError(0, "流水号", $"流水号 {p.Payment.PaymentId} 已以不同内容入账，不能再次导入")));
            }
        }
        if (errors.Count > 0)
        {
            return new ImportReport(table.Rows.Count, 0, 0, errors);
        }
        var receipts = await ForEachAsync(payments, p => Household(p.HouseholdId).RecordPaymentAsync(p.Payment));
        return Applied(table, receipts.Select(r => r.AppliedNow).ToList());
    }

    private static ImportReport Applied(Table table, IReadOnlyList<bool> changed) =>
        new(table.Rows.Count, changed.Count(c => c), changed.Count(c => !c), []);

    private static bool TryRead(byte[] file, IReadOnlyCollection<string> columnNames, out Table table, out ImportReport unreadable)
    {
        try
        {
            table = Table.Read(file, columnNames);
            unreadable = null!;
            return true;
        }
        catch (Exception e) when (e is FormatException or System.Text.DecoderFallbackException)
        {
            table = null!;
            unreadable = new ImportReport(0, 0, 0, [new ImportError(0, "", $"无法读取文件（应为 .xlsx 或 CSV）：{e.Message}")]);
            return false;
        }
    }

    /// <summary>Every building of this group by its path 项目/管理区/楼栋; a path two buildings share is left out (ambiguous).</summary>
    private async Task<Dictionary<string, BuildingRef>> BuildingDirectoryAsync()
    {
        var buildings = (await BuildingBelow.FindAsync(GrainFactory, this.GetPrimaryKeyString())).Where(b => b.ProjectId is not null).ToList();
        return buildings.GroupBy(b => b.Path).Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => new BuildingRef(g.Single().BuildingId, g.Single().ProjectId!));
    }

    private async Task<HashSet<string>> KnownHouseholdsAsync(Table table, Dictionary<string, BuildingRef> buildings)
    {
        var columns = new SheetColumns(table, [SheetColumns.Building, SheetColumns.Room], []);
        var candidates = Enumerable.Range(0, table.Rows.Count).Select(i => columns.Household(i, buildings).HouseholdId)
            .OfType<string>().Distinct().ToList();
        var profiles = await ForEachAsync(candidates, async id => (id, Profile: await Household(id).GetProfileAsync()));
        return [.. profiles.Where(p => p.Profile is not null).Select(p => p.id)];
    }

    private IHouseholdGrain Household(string id) => GrainFactory.GetGrain<IHouseholdGrain>(id);

    private static async Task<List<TResult>> ForEachAsync<T, TResult>(IReadOnlyList<T> items, Func<T, Task<TResult>> action)
    {
        var results = new List<TResult>(items.Count);
        foreach (var chunk in items.Chunk(Concurrency))
        {
            results.AddRange(await Task.WhenAll(chunk.Select(action)));
        }
        return results;
    }
}
