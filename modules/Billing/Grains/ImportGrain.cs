using CollectionGrains.Billing.Charges;
using CollectionGrains.Billing.Imports;
using CollectionGrains.Hosting;
using CollectionGrains.Kernel;
using CollectionGrains.Kernel.Tabular;
using CollectionGrains.Organisation;
using Orleans.Concurrency;

namespace CollectionGrains.Billing;

/// <summary>
/// Spreadsheet imports into a group. Reads the file, resolves buildings through the organisation tree, validates every
/// row (and asks the households what they would refuse) before changing anything; then applies row by row, each
/// idempotent, so re-importing a file changes nothing. Households new to the system are registered in bulk
/// (<see cref="NewHouseholds"/>), and their opening arrears issued in bulk while no grain has written them
/// (<see cref="ImportedHouseholdBills"/>).
/// </summary>
[StatelessWorker(1)]
internal sealed class ImportGrain(NewHouseholds newHouseholds, ImportedHouseholdBills importedBills, Npgsql.NpgsqlDataSource database) : Grain, IImportGrain
{
    private const int Concurrency = 64;

    /// <summary>
    /// Households asked at once before an import changes anything (bills they would refuse, payments they hold), and
    /// given their opening arrears. A question mostly wakes the household, so many at once pay off: a project's sheet
    /// asks all of its households at once (64 at a time took half as long again), and its bills then commit in large
    /// batches of the group commit (with 64 at a time, the opening arrears took a quarter longer). A sheet of a whole
    /// group (400,000 households owing) asked all at once did not end within the calls' 30 s.
    /// </summary>
    private const int HouseholdsAtOnce = 10_000;

    public async Task<ImportReport> ImportHouseholdsAsync(byte[] file)
    {
        if (!TryRead(file, HouseholdSheet.ColumnNames, out var table, out var unreadable))
        {
            return unreadable;
        }
        var (households, errors) = HouseholdSheet.Parse(table, await BuildingDirectoryAsync(table));
        if (errors.Count > 0)
        {
            return new ImportReport(table.Rows.Count, 0, 0, errors);
        }
        // Households new to the system are stored in bulk; the others change through their grains.
        var registered = await newHouseholds.RegisterAsync(GrainFactory, households);
        var changed = await InFlight.ForEachAsync(households.Where(h => !registered.Contains(h.HouseholdId)).ToList(), Concurrency,
            h => Household(h.HouseholdId).RegisterAsync(h));
        return Applied(table, [.. changed, .. registered.Select(_ => true)]);
    }

    public async Task<ImportReport> ImportOpeningArrearsAsync(byte[] file)
    {
        if (!TryRead(file, ArrearsSheet.ColumnNames, out var table, out var unreadable))
        {
            return unreadable;
        }
        var buildings = await BuildingDirectoryAsync(table);
        var known = await KnownHouseholdsAsync(table, buildings);
        var (bills, errors) = ArrearsSheet.Parse(table, buildings, known);
        // Households only imports have written are checked and billed on their stored states; the others by their grains.
        var imported = errors.Count == 0 ? await importedBills.ReadAsync(bills.Keys) : [];
        if (errors.Count == 0)
        {
            var others = bills.Where(b => !imported.ContainsKey(b.Key)).ToList();
            var refusals = await InFlight.ForEachAsync(others, HouseholdsAtOnce, async b => (b.Key, Problems: await Household(b.Key).CheckBillsAsync(b.Value)));
            errors.AddRange(refusals.Concat(imported.Select(i => (i.Key, Problems: ImportedHouseholdBills.Problems(i.Value.State, bills[i.Key]))))
                .SelectMany(r => r.Problems.Select(p => new ImportError(0, "欠费金额", $"{r.Key}: {p}"))));
        }
        if (errors.Count > 0)
        {
            return new ImportReport(table.Rows.Count, 0, 0, errors);
        }
        var inBulk = await importedBills.IssueAsync(GrainFactory, imported, bills);
        var results = await InFlight.ForEachAsync([.. bills.Where(b => !inBulk.ContainsKey(b.Key))], HouseholdsAtOnce,
            b => Household(b.Key).IssueBillsAsync(b.Value));
        return new ImportReport(table.Rows.Count, results.Sum(r => r.Issued) + inBulk.Values.Sum(r => r.Issued),
            results.Sum(r => r.AlreadyIssued) + inBulk.Values.Sum(r => r.AlreadyIssued), []);
    }

    public async Task<ImportReport> ImportBankWithholdingAsync(byte[] file)
    {
        if (!TryRead(file, WithholdingSheet.ColumnNames, out var table, out var unreadable))
        {
            return unreadable;
        }
        var buildings = await BuildingDirectoryAsync(table);
        var known = await KnownHouseholdsAsync(table, buildings);
        var (payments, errors) = WithholdingSheet.Parse(table, buildings, known);
        if (errors.Count == 0)
        {
            var households = await InFlight.ForEachAsync(payments.GroupBy(p => p.HouseholdId).ToList(), HouseholdsAtOnce,
                async group => (Lines: group, Recorded: (await Household(group.Key).GetPaymentsAsync()).ToDictionary(p => p.PaymentId)));
            errors.AddRange(households.SelectMany(h => h.Lines.Where(p => h.Recorded.TryGetValue(p.Payment.PaymentId, out var earlier)
                    && (earlier.Amount != p.Payment.Amount || earlier.PaidAt != p.Payment.PaidAt || earlier.Channel != p.Payment.Channel)))
                .Select(p => new ImportError(0, "流水号", $"流水号 {p.Payment.PaymentId} 已以不同内容入账，不能再次导入")));
        }
        if (errors.Count > 0)
        {
            return new ImportReport(table.Rows.Count, 0, 0, errors);
        }
        var receipts = await InFlight.ForEachAsync(payments, Concurrency, p => Household(p.HouseholdId).RecordPaymentAsync(p.Payment));
        return Applied(table, receipts.Select(r => r.AppliedNow).ToList());
    }

    public async Task<ImportReport> ImportChargeItemsAsync(byte[] file)
    {
        if (!TryRead(file, ChargeItemSheet.ColumnNames, out var table, out var unreadable))
        {
            return unreadable;
        }
        var (items, errors) = ChargeItemSheet.Parse(table, await ProjectDirectoryAsync());
        if (errors.Count == 0)
        {
            foreach (var ((projectId, from), rows) in items)
            {
                if (await Project(projectId).CheckChargeItemsAsync([.. rows.Select(r => r.Item)], from) is { } problem)
                {
                    errors.Add(new ImportError(rows[0].Row, "生效日期", problem));
                }
            }
        }
        if (errors.Count > 0)
        {
            return new ImportReport(table.Rows.Count, 0, 0, errors);
        }
        var changed = 0;
        foreach (var ((projectId, from), rows) in items.OrderBy(i => i.Key.From))
        {
            var before = await Project(projectId).GetChargeItemsAsync();
            var after = await Project(projectId).SetChargeItemsAsync([.. rows.Select(r => r.Item)], from);
            changed += rows.Count(r => !ChargeSchedule.Holds(before, r.Item, from) && ChargeSchedule.Holds(after, r.Item, from));
        }
        return new ImportReport(table.Rows.Count, changed, table.Rows.Count - changed, []);
    }

    private static ImportReport Applied(Table table, IReadOnlyList<bool> changed) =>
        new(table.Rows.Count, changed.Count(c => c), changed.Count(c => !c), []);

    private static bool TryRead(byte[] file, IReadOnlyCollection<string> columnNames, out Table table, out ImportReport unreadable)
    {
        (var read, var report) = ImportReport.ReadTable(file, columnNames);
        (table, unreadable) = (read!, report!);
        return read is not null;
    }

    /// <summary>
    /// The buildings of this group that a sheet's paths (项目/管理区/楼栋) can name, by path: those of the projects whose name
    /// begins a path of the sheet, so that a project's sheet does not walk the whole group. A path two buildings share is
    /// left out (ambiguous).
    /// </summary>
    private async Task<Dictionary<string, BuildingRef>> BuildingDirectoryAsync(Table table)
    {
        var columns = new SheetColumns(table, [SheetColumns.Building], []);
        var paths = Enumerable.Range(0, table.Rows.Count).Select(i => columns.Text(i, SheetColumns.Building.Field)).ToHashSet();
        var buildings = (await BuildingBelow.FindAsync(GrainFactory, this.GetPrimaryKeyString(), project => paths.Any(p => p == project.Name || p.StartsWith(project.Name + "/", StringComparison.Ordinal))))
            .Where(b => b.ProjectId is not null).ToList();
        return buildings.GroupBy(b => b.Path).Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => new BuildingRef(g.Single().BuildingId, g.Single().ProjectId!));
    }

    /// <summary>
    /// The sheet's households that are registered: in billing.household, where a registration is before it is
    /// acknowledged. One query, without waking a grain for a household the sheet names wrongly.
    /// </summary>
    private async Task<HashSet<string>> KnownHouseholdsAsync(Table table, Dictionary<string, BuildingRef> buildings)
    {
        var columns = new SheetColumns(table, [SheetColumns.Building, SheetColumns.Room], []);
        var candidates = Enumerable.Range(0, table.Rows.Count).Select(i => columns.Household(i, buildings).HouseholdId)
            .OfType<string>().Distinct().ToArray();
        await using var command = database.CreateCommand("SELECT household_id FROM billing.household WHERE household_id = ANY($1)");
        command.Parameters.AddWithValue(candidates);
        return await command.ReadTextsAsync(new HashSet<string>(candidates.Length));
    }

    /// <summary>The projects of this group by name; a name two projects share is left out (ambiguous).</summary>
    private async Task<Dictionary<string, string>> ProjectDirectoryAsync()
    {
        var projects = new List<OrgNodeView>();
        var level = new List<string> { this.GetPrimaryKeyString() };
        while (level.Count > 0)
        {
            var children = (await Task.WhenAll(level.Select(id => GrainFactory.GetGrain<IOrgNodeGrain>(id).GetChildrenAsync()))).SelectMany(c => c).ToList();
            projects.AddRange(children.Where(c => c.Info.Level == OrgLevel.Project));
            level = [.. children.Where(c => c.Info.Level < OrgLevel.Project).Select(c => c.Info.Id)];
        }
        return projects.GroupBy(p => p.Info.Name).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single().Info.Id);
    }

    private IBillingProjectGrain Project(string id) => GrainFactory.GetGrain<IBillingProjectGrain>(id);

    private IHouseholdGrain Household(string id) => GrainFactory.GetGrain<IHouseholdGrain>(id);
}
