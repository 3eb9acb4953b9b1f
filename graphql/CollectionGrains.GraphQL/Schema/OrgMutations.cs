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
                await node.CreateAsync((string)input["name"]!, level, parentId);
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
    }
}

internal sealed class CreateOrgNodeInputType : InputObjectGraphType
{
    public CreateOrgNodeInputType()
    {
        Name = "CreateOrgNodeInput";
        Field<NonNullGraphType<IdGraphType>>("parentId");
        Field<NonNullGraphType<OrgLevelGraphType>>("level");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<IdGraphType>("code").Description("The group's own code for the node among its siblings (the node's id is the parent's id, '-', the code); generated when left out.");
    }
}

internal sealed class RenameOrgNodeInputType : InputObjectGraphType
{
    public RenameOrgNodeInputType()
    {
        Name = "RenameOrgNodeInput";
        Field<NonNullGraphType<IdGraphType>>("nodeId");
        Field<NonNullGraphType<StringGraphType>>("name");
    }
}

internal sealed class MoveOrgNodeInputType : InputObjectGraphType
{
    public MoveOrgNodeInputType()
    {
        Name = "MoveOrgNodeInput";
        Field<NonNullGraphType<IdGraphType>>("nodeId");
        Field<NonNullGraphType<IdGraphType>>("newParentId");
    }
}

internal sealed class OrgNodePayloadType : ObjectGraphType<OrgNodeView>
{
    public OrgNodePayloadType()
    {
        Name = "OrgNodePayload";
        Field<NonNullGraphType<OrgNodeGraphType>>("node").Allow(FieldAccess.Readers).Resolve(c => c.Source);
    }
}
