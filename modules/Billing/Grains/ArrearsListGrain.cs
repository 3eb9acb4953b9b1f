using System.Globalization;
using System.Text;
using CollectionGrains.Billing.Lists;
using CollectionGrains.Kernel.Tabular;
using CollectionGrains.Organisation;
using Npgsql;
using Orleans.Concurrency;

namespace CollectionGrains.Billing;

/// <summary>
/// Builds a node's arrears list from the household totals its buildings hold (live, no scan of ledgers), joined with
/// the households' names and phones from billing.household. A loaded list serves pages for <see cref="Freshness"/>.
/// </summary>
[StatelessWorker]
internal sealed class ArrearsListGrain(NpgsqlDataSource database) : Grain, IArrearsListGrain
{
    private const int MaxPageSize = 500;

    /// <summary>
    /// How long a loaded list serves further pages and filters: a large node's list gathers every building's totals,
    /// so paging through it reads one consistent list, at most this old, instead of gathering again for each page.
    /// </summary>
    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(2);

    private LoadedList? _cached;

    private static readonly string[] RecordSheetColumns =
        ["序号", "楼栋", "房号", "业主姓名", "联系电话", "客户类型", "空置", "欠费本金", "违约金", "欠费合计", "账龄", "最近联系", "第一次催收", "第二次催收", "第三次催收"];

    public async Task<ArrearsPage> GetPageAsync(ArrearsFilter filter, ArrearsOrder order, int first, string? after)
    {
        if (first is < 1 or > MaxPageSize)
        {
            throw LedgerRejectedException.BadInput($"first must be between 1 and {MaxPageSize}, got {first}");
        }
        var start = after is null ? 0 : DecodeCursor(after) + 1;
        var (entries, _) = await ListAsync(filter, order);
        var page = entries.Skip(start).Take(first).ToList();
        var cursors = page.Select((_, i) => EncodeCursor(start + i)).ToList();
        return new ArrearsPage(page, entries.Count, cursors.LastOrDefault(), start + page.Count < entries.Count, cursors);
    }

    public async Task<byte[]> ExportAsync(ArrearsFilter filter, ArrearsOrder order, ExportFormat format)
    {
        var (entries, buildingNames) = await ListAsync(filter, order);
        var rows = entries.Select((e, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(CultureInfo.InvariantCulture), buildingNames.GetValueOrDefault(e.BuildingId, e.BuildingId), e.Room, e.OwnerName,
            string.Join(";", e.Phones), e.CustomerType == CustomerType.Corporate ? "企业" : "个人", e.IsVacant ? "是" : "否",
            Amount(e.Principal), Amount(e.LateFee), Amount(e.Total), AgeLabel(e.AgeBucket), "", "", "", "",
        ]).ToList();
        return format == ExportFormat.Xlsx
            ? XlsxWriter.Write("欠费清单", RecordSheetColumns, rows)
            : Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Csv(rows))).ToArray();
    }

    private async Task<(List<ArrearsListEntry> Entries, Dictionary<string, string> BuildingNames)> ListAsync(ArrearsFilter filter, ArrearsOrder order)
    {
        if (_cached is not { } cached || DateTime.UtcNow - cached.BuiltAt > Freshness)
        {
            _cached = cached = await LoadAsync();
        }
        return (ArrearsArrangement.Arrange(cached.Entries, filter, order, cached.Buildings), cached.Buildings);
    }

    /// <summary>Every household in arrears below the node, from its buildings' live totals and billing.household.</summary>
    private async Task<LoadedList> LoadAsync()
    {
        var buildings = (await BuildingBelow.FindAsync(GrainFactory, this.GetPrimaryKeyString())).ToDictionary(b => b.BuildingId, b => b.Path);
        var inArrears = new Dictionary<string, (string BuildingId, Totals Totals)>();
        foreach (var chunk in buildings.Keys.Chunk(64))
        {
            var tables = await Task.WhenAll(chunk.Select(async b => (b, await GrainFactory.GetGrain<IOrgNodeGrain>(b).GetChildTotalsAsync())));
            foreach (var (building, households) in tables)
            {
                foreach (var (id, reported) in households.Where(h => h.Value.Totals.HouseholdsInArrears > 0))
                {
                    inArrears[id] = (building, reported.Totals);
                }
            }
        }
        var entries = new List<ArrearsListEntry>();
        await using var command = database.CreateCommand(
            "SELECT household_id, room, owner_name, phones, customer_type, is_vacant FROM billing.household WHERE household_id = ANY($1)");
        command.Parameters.AddWithValue(inArrears.Keys.ToArray());
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var (building, totals) = inArrears[reader.GetString(0)];
            var bucket = (AgeBucket)Array.FindLastIndex(totals.ArrearsByAge, amount => amount > 0);
            entries.Add(new ArrearsListEntry(reader.GetString(0), building, reader.GetString(1), reader.GetString(2),
                reader.GetFieldValue<string[]>(3), Enum.Parse<CustomerType>(reader.GetString(4)), reader.GetBoolean(5),
                totals.ArrearsPrincipal, totals.LateFees, bucket));
        }
        return new LoadedList(DateTime.UtcNow, entries, buildings);
    }

    private sealed record LoadedList(DateTime BuiltAt, List<ArrearsListEntry> Entries, Dictionary<string, string> Buildings);

    private static string Csv(IEnumerable<IReadOnlyList<string>> rows) =>
        string.Concat(new[] { (IReadOnlyList<string>)RecordSheetColumns }.Concat(rows)
            .Select(row => string.Join(",", row.Select(Quote)) + "\r\n"));

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;

    private static string Amount(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    private static string AgeLabel(AgeBucket bucket) => bucket switch
    {
        AgeBucket.Days0To30 => "0-30天",
        AgeBucket.Days31To90 => "31-90天",
        AgeBucket.Days91To180 => "91-180天",
        AgeBucket.Days181To365 => "181-365天",
        _ => "365天以上",
    };

    private static string EncodeCursor(int index) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"arrears:{index}"));

    private static int DecodeCursor(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            return text.StartsWith("arrears:", StringComparison.Ordinal) && int.TryParse(text[8..], out var index) && index >= 0
                ? index
                : throw LedgerRejectedException.BadInput("invalid cursor");
        }
        catch (FormatException)
        {
            throw LedgerRejectedException.BadInput("invalid cursor");
        }
    }
}
