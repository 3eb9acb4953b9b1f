using CollectionGrains.GraphQL.Access;
using CollectionGrains.Organisation;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema;

internal sealed class CreateOrgNodeInputType : InputObjectGraphType
{
    public CreateOrgNodeInputType()
    {
        Name = "CreateOrgNodeInput";
        Field<NonNullGraphType<IdGraphType>>("parentId");
        Field<NonNullGraphType<OrgLevelGraphType>>("level");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<IdGraphType>("code").Description("The group's own code for the node among its siblings (the node's id is the parent's id, '-', the code); generated when left out.");
        BuildingLocationFields.AddTo(this);
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

internal sealed class SetBuildingLocationInputType : InputObjectGraphType
{
    public SetBuildingLocationInputType()
    {
        Name = "SetBuildingLocationInput";
        Field<NonNullGraphType<IdGraphType>>("nodeId");
        BuildingLocationFields.AddTo(this);
    }
}

internal sealed class CloseOrgNodeInputType : InputObjectGraphType
{
    public CloseOrgNodeInputType()
    {
        Name = "CloseOrgNodeInput";
        Field<NonNullGraphType<IdGraphType>>("nodeId");
    }
}

/// <summary>A building's address and coordinates, in the inputs that set them.</summary>
internal static class BuildingLocationFields
{
    public static void AddTo(InputObjectGraphType input)
    {
        input.Field<StringGraphType>("address").Description("A building's address (buildings only).");
        input.Field<DecimalGraphType>("latitude").Description("WGS-84 degrees, -90 to 90 (buildings only).");
        input.Field<DecimalGraphType>("longitude").Description("WGS-84 degrees, -180 to 180 (buildings only).");
    }
}

/// <summary>What closing answers: the id of the node closed and its parent as it is now.</summary>
internal sealed record ClosedOrgNode(string ClosedId, OrgNodeView? Parent);

internal sealed class ClosedOrgNodePayloadType : ObjectGraphType<ClosedOrgNode>
{
    public ClosedOrgNodePayloadType()
    {
        Name = "CloseOrgNodePayload";
        Field<NonNullGraphType<IdGraphType>>("closedId").Allow(FieldAccess.Readers).Resolve(c => c.Source.ClosedId);
        Field<OrgNodeGraphType>("parent").Allow(FieldAccess.Readers.InScopeOf(ScopeCheck.ResultNode)).Resolve(c => c.Source.Parent);
    }
}
