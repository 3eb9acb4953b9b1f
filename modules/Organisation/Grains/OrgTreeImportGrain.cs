using CollectionGrains.Kernel.Tabular;
using CollectionGrains.Organisation.Imports;
using Orleans.Concurrency;

namespace CollectionGrains.Organisation;

/// <summary>
/// Imports a tree sheet into a group: reads it, plans against the tree as it stands, and only when no row has an error
/// creates the planned nodes level by level (each creation idempotent, so a retried import finishes the same tree).
/// </summary>
[StatelessWorker(1)]
internal sealed class OrgTreeImportGrain : Grain, IOrgTreeImportGrain
{
    public async Task<ImportReport> ImportAsync(byte[] file)
    {
        var (table, unreadable) = ImportReport.ReadTable(file, TreeSheet.ColumnNames);
        if (table is null)
        {
            return unreadable!;
        }
        var groupId = this.GetPrimaryKeyString();
        if (await Node(groupId).GetAsync() is not { Info.Level: OrgLevel.Group })
        {
            throw new OrganisationRejectedException($"{groupId} is not a group");
        }
        var (rows, errors) = TreeSheet.Parse(table);
        var plan = new TreePlan(await ChildrenBelowAsync(groupId));
        foreach (var row in rows)
        {
            plan.Add(groupId, row);
        }
        errors.AddRange(plan.Errors);
        if (errors.Count > 0)
        {
            return new ImportReport(table.Rows.Count, 0, 0, [.. errors.OrderBy(e => e.Row)]);
        }
        foreach (var level in plan.Created.GroupBy(n => n.Level).OrderBy(g => g.Key))
        {
            await Task.WhenAll(level.Select(async node =>
            {
                await Node(node.Id).CreateAsync(node.Name, node.Level, node.ParentId);
                if (node.Location is { } location)
                {
                    await Node(node.Id).SetLocationAsync(location);
                }
            }));
        }
        return new ImportReport(table.Rows.Count, plan.RowsCreating, table.Rows.Count - plan.RowsCreating, []);
    }

    /// <summary>The existing nodes from the group down to its buildings, by parent.</summary>
    private async Task<Dictionary<string, IReadOnlyList<OrgNodeInfo>>> ChildrenBelowAsync(string groupId)
    {
        var children = new Dictionary<string, IReadOnlyList<OrgNodeInfo>>();
        var parents = new List<string> { groupId };
        for (var level = OrgLevel.Region; level <= OrgLevel.Building && parents.Count > 0; level++)
        {
            var found = await Task.WhenAll(parents.Select(async id => (id, Children: await Node(id).GetChildrenAsync())));
            foreach (var (id, list) in found)
            {
                children[id] = [.. list.Select(v => v.Info)];
            }
            parents = [.. found.SelectMany(f => f.Children).Where(v => v.Info.Level < OrgLevel.Building).Select(v => v.Info.Id)];
        }
        return children;
    }

    private IOrgNodeGrain Node(string id) => GrainFactory.GetGrain<IOrgNodeGrain>(id);
}
