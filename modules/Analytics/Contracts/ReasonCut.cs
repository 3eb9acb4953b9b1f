namespace CollectionGrains.Analytics;

/// <summary>What the arrears-reason groups are cut by, beside the reason itself.</summary>
public enum ReasonCut
{
    None,
    CustomerType,

    /// <summary>The grade the household's case holds now (客户分级).</summary>
    Grade,

    /// <summary>The age of the household's oldest overdue bill at the period's end (Current when none).</summary>
    AgeBucket,

    /// <summary>Vacant or occupied.</summary>
    Vacancy,

    /// <summary>The node's children (a project's zones, a zone's buildings, a group's regions …).</summary>
    Node,
}
