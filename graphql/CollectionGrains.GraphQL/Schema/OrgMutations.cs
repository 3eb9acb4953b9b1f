using System.Security.Cryptography;
using CollectionGrains.Access;
using CollectionGrains.GraphQL.Access;
using CollectionGrains.GraphQL.Errors;
using CollectionGrains.Organisation;
using GraphQL;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema;

/// <summary>
/// The organisation tree through the API: create, rename and move nodes below the caller's scope (the group admin, and
/// region, branch and project managers within theirs), with the level rules the tree enforces. Every call is audited.
/// </summary>
internal static class OrgMutations
{
    private static readonly FieldAccess Managers = FieldAccess.For(Role.GroupAdmin, Role.RegionManager, Role.BranchManager, Role.ProjectManager);

    public static void AddTo(ObjectGraphType mutation, IGrainFactory grains)
    {
        mutation.Field<NonNullGraphType<OrgNodePayloadType>>("createOrgNode").Allow(Managers.InScopeOf(ScopeCheck.Node("input.parentId")))
            .Description("Creates a region, branch, project, zone or building under a node of the level above; with a code, the same code again is the same node.")
            .Argument<NonNullGraphType<CreateOrgNodeInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var parentId = (string)input["parentId"]!;
                var level = (OrgLevel)input["level"]!;
                if (level == OrgLevel.Group)
                {
                    throw ApiError.BadInput("a group is not created under another node");
                }
                // Ids live under their parent: a code names the node among its siblings (the same code again is the same node).
                var suffix = input.GetValueOrDefault("code") is string { Length: > 0 } code ? code.Trim() : Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
                var id = $"{parentId}-{suffix}";
                var node = grains.GetGrain<IOrgNodeGrain>(id);
                var location = Location(input);
                if (location is not null && level != OrgLevel.Building)
                {
                    throw ApiError.BadInput("only a building has an address and coordinates");
                }
                await node.CreateAsync((string)input["name"]!, level, parentId);
                if (location is not null)
                {
                    await node.SetLocationAsync(location);
                }
                return await node.GetAsync();
            });
        mutation.Field<NonNullGraphType<OrgNodePayloadType>>("renameOrgNode").Allow(Managers.InScopeOf(ScopeCheck.Node("input.nodeId")))
            .Description("Renames a node; lists and paths show the new name.")
            .Argument<NonNullGraphType<RenameOrgNodeInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var node = grains.GetGrain<IOrgNodeGrain>((string)input["nodeId"]!);
                await node.RenameAsync((string)input["name"]!);
                return await node.GetAsync();
            });
        mutation.Field<NonNullGraphType<OrgNodePayloadType>>("moveOrgNode").Allow(Managers.InScopeOf(ScopeCheck.Node("input.nodeId")))
            .Description("Moves a node (and its totals) under another node of the level above, inside the caller's scope.")
            .Argument<NonNullGraphType<MoveOrgNodeInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var newParentId = (string)input["newParentId"]!;
                var node = grains.GetGrain<IOrgNodeGrain>((string)input["nodeId"]!);
                if (await node.GetAsync() is { } view && view.Info.ParentId == newParentId)
                {
                    return view;   // where it is already: nothing to move, nothing to check
                }
                if (!await AccessChecks.UserContextOf(c).Caller!.ContainsNodeAsync(newParentId))
                {
                    throw ApiError.UnknownNode(newParentId);
                }
                await node.MoveAsync(newParentId);
                return await node.GetAsync();
            });
        mutation.Field<NonNullGraphType<ImportPayloadType>>("importOrgTree").Allow(FieldAccess.For(Role.GroupAdmin).InScopeOf(ScopeCheck.Node("input.groupId")))
            .Description("A whole tree from one sheet, one row per building: 区域, 分公司, 项目, 管理区, 楼栋 (or 楼栋路径 区域/分公司/项目/管理区/楼栋), optional 区域编码 … 楼栋编码, 地址, 纬度, 经度. Creates what is missing, changes nothing that exists; any bad row means nothing is created.")
            .Argument<NonNullGraphType<ImportInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                return await grains.GetGrain<IOrgTreeImportGrain>((string)input["groupId"]!).ImportAsync(ImportFiles.Content(input));
            });
        mutation.Field<NonNullGraphType<OrgNodePayloadType>>("setBuildingLocation").Allow(Managers.InScopeOf(ScopeCheck.Node("input.nodeId")))
            .Description("Sets a building's address and coordinates (WGS-84, for the visit proof); null values clear them.")
            .Argument<NonNullGraphType<SetBuildingLocationInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var node = grains.GetGrain<IOrgNodeGrain>((string)input["nodeId"]!);
                await node.SetLocationAsync(Location(input));
                return await node.GetAsync();
            });
        mutation.Field<NonNullGraphType<ClosedOrgNodePayloadType>>("closeOrgNode").Allow(Managers.InScopeOf(ScopeCheck.Node("input.nodeId")))
            .Description("Closes an empty node (no child nodes; for a building, no households; no user whose scope it is): it leaves the tree. Move or close what it holds first.")
            .Argument<NonNullGraphType<CloseOrgNodeInputType>>("input")
            .ResolveAsync(async c =>
            {
                var nodeId = (string)c.GetArgument<Dictionary<string, object?>>("input")["nodeId"]!;
                if (nodeId == AccessChecks.UserContextOf(c).Caller!.Account.ScopeNodeId)
                {
                    throw ApiError.BadInput("you cannot close the node at the top of your own scope");
                }
                if (await grains.GetGrain<IUserDirectoryGrain>(0).ScopedAtAsync(nodeId, 5) is { Count: > 0 } users)
                {
                    throw ApiError.BadInput($"users work at {nodeId} ({string.Join(", ", users)}): give them another scope first");
                }
                var node = grains.GetGrain<IOrgNodeGrain>(nodeId);
                var parentId = (await node.GetAsync())?.Info.ParentId;
                await node.CloseAsync();
                return new ClosedOrgNode(nodeId, parentId is null ? null : await grains.GetGrain<IOrgNodeGrain>(parentId).GetAsync());
            });
    }

    /// <summary>The location an input gives (address, latitude, longitude), or null when it gives none.</summary>
    private static BuildingLocation? Location(Dictionary<string, object?> input)
    {
        var address = input.GetValueOrDefault("address") is string { Length: > 0 } text ? text.Trim() : null;
        var (latitude, longitude) = ((decimal?)input.GetValueOrDefault("latitude"), (decimal?)input.GetValueOrDefault("longitude"));
        return address is null && latitude is null && longitude is null ? null : new BuildingLocation(address, latitude, longitude);
    }
}
