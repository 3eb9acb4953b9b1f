namespace CollectionGrains.Organisation;

/// <summary>How drill-down lists a node's children: by name, lowest collection rate first, most arrears first, or oldest arrears first.</summary>
public enum ChildOrder
{
    Name,
    CollectionRateAscending,
    ArrearsDescending,
    AgeDescending,
}
