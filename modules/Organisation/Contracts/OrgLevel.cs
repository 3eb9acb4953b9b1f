namespace CollectionGrains.Organisation;

/// <summary>The levels of the organisation tree, from 集团 down to 楼栋; households hang below buildings.</summary>
public enum OrgLevel
{
    Group,
    Region,
    Branch,
    Project,
    Zone,
    Building,
}
