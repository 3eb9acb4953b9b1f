namespace CollectionGrains.Analytics;

/// <summary>What collection effect is grouped by.</summary>
public enum EffectDimension
{
    Collector,
    Method,

    /// <summary>The script and its version the contact used (none is a group of its own).</summary>
    Script,

    /// <summary>The node's children (a project's zones, a zone's buildings, a group's regions …).</summary>
    Node,

    /// <summary>The household's customer type (individual, corporate).</summary>
    CustomerType,

    /// <summary>The grade the household's case holds now.</summary>
    Grade,

    /// <summary>Whether the household is vacant or occupied.</summary>
    Vacancy,
}
