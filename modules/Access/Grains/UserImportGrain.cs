using CollectionGrains.Access.Imports;
using CollectionGrains.Access.Rules;
using CollectionGrains.Collection;
using CollectionGrains.Kernel.Tabular;
using CollectionGrains.Organisation;
using Orleans.Concurrency;

namespace CollectionGrains.Access;

/// <summary>
/// Imports a user sheet into a group: every row is checked first (scope found by names, role at its level, account and
/// password rules, an existing user the same or an error, packages among the project's buildings); only then are the
/// new users created, each to change the password at first sign-in, and the collectors' packages assigned.
/// </summary>
[StatelessWorker(1)]
internal sealed class UserImportGrain : Grain, IUserImportGrain
{
    private sealed record Planned(UserRow Row, UserAccount Account, bool Exists, string? ProjectId, IReadOnlyList<string> BuildingIds);

    public async Task<ImportReport> ImportAsync(byte[] file, string importedBy)
    {
        var (table, unreadable) = ImportReport.ReadTable(file, UserSheet.ColumnNames);
        if (table is null)
        {
            return unreadable!;
        }
        var (rows, errors) = UserSheet.Parse(table);
        var names = new NodesByName(GrainFactory);
        var planned = new List<Planned>();
        foreach (var row in rows)
        {
            if (await PlanAsync(row, names, errors) is { } plan)
            {
                planned.Add(plan);
            }
        }
        if (errors.Count > 0)
        {
            return new ImportReport(table.Rows.Count, 0, 0, [.. errors.OrderBy(e => e.Row)]);
        }
        var actor = new CollectionActor(importedBy, ActorRank.Supervisor);
        var applied = 0;
        foreach (var plan in planned)
        {
            var changed = !plan.Exists;
            if (changed)
            {
                await GrainFactory.GetGrain<IUserGrain>(plan.Account.Username).CreateAsync(new NewUser(plan.Account, plan.Row.Password, MustChangePassword: true));
            }
            if (plan.BuildingIds.Count > 0)
            {
                changed |= await GrainFactory.GetGrain<ICollectionProjectGrain>(plan.ProjectId!).AssignAsync(plan.Account.Username, [], plan.BuildingIds, actor) > 0;
            }
            applied += changed ? 1 : 0;
        }
        return new ImportReport(table.Rows.Count, applied, table.Rows.Count - applied, []);
    }

    private async Task<Planned?> PlanAsync(UserRow row, NodesByName names, List<ImportError> errors)
    {
        var (scope, problem) = await names.FindAsync(this.GetPrimaryKeyString(), row.ScopePath);
        if (scope is null)
        {
            errors.Add(new ImportError(row.Row, "所属组织", problem!));
            return null;
        }
        var account = new UserAccount(row.Username, row.DisplayName, row.Role, scope.Info.Id, row.Phone);
        var existing = await GrainFactory.GetGrain<IUserGrain>(row.Username).GetAsync();
        if (RowProblem(row, account, scope.Info.Level, existing) is { } rowProblem)
        {
            errors.Add(new ImportError(row.Row, rowProblem.Column, rowProblem.Message));
            return null;
        }
        if (row.Buildings.Count == 0)
        {
            return new Planned(row, account, existing is not null, null, []);
        }
        var projectId = scope.Info.Level == OrgLevel.Project ? scope.Info.Id : scope.Info.ParentId!;
        var buildings = new List<string>();
        foreach (var path in row.Buildings)
        {
            var (node, missing) = await names.FindAsync(projectId, path.Split('/', StringSplitOptions.TrimEntries));
            if (node is null || node.Info.Level is not (OrgLevel.Zone or OrgLevel.Building))
            {
                errors.Add(new ImportError(row.Row, "负责楼栋", missing ?? $"“{path}”不是本项目的管理区或楼栋"));
                return null;
            }
            buildings.AddRange(node.Info.Level == OrgLevel.Building ? [node.Info.Id] : (await names.ChildrenAsync(node.Info.Id)).Select(b => b.Info.Id));
        }
        return new Planned(row, account, existing is not null, projectId, buildings);
    }

    private static (string Column, string Message)? RowProblem(UserRow row, UserAccount account, OrgLevel scopeLevel, UserAccount? existing)
    {
        if (row.DisplayName.Length is 0 or > 100)
        {
            return ("姓名", "姓名应为 1 到 100 个字符");
        }
        if (UserRules.AccountProblem(account, row.Username) is { } accountProblem)
        {
            return ("用户名", accountProblem);
        }
        if (RoleGrants.ScopeProblem(row.Role, scopeLevel) is { } levelProblem)
        {
            return ("所属组织", levelProblem);
        }
        if (existing is not null)
        {
            return existing == account ? null : ("用户名", $"用户名“{row.Username}”已被使用（{existing.DisplayName}，{existing.Role}）：导入不修改已有用户");
        }
        return PasswordPolicy.Problem(row.Password, row.Username) is { } password ? ("初始密码", password) : null;
    }
}
