namespace CollectionGrains.Organisation;

/// <summary>
/// The keys under which a node holds its children's totals. A household may report more than one part: its ledger under
/// its own id, and another module's part of the same household (its collection case) under a facet key, so that each
/// part is versioned and written by the grain that owns it. A facet counts no household of its own.
/// </summary>
public static class ChildKey
{
    /// <summary>A control character, which no id may contain, separates a household's id from a facet's name.</summary>
    private const char FacetSeparator = '\u001F';

    public static string Facet(string householdId, string facet) => $"{householdId}{FacetSeparator}{facet}";

    public static bool IsFacet(string key) => key.Contains(FacetSeparator, StringComparison.Ordinal);

    /// <summary>The household a key belongs to: the key itself, or the household a facet is part of.</summary>
    public static string HouseholdOf(string key) => key.IndexOf(FacetSeparator, StringComparison.Ordinal) is var at and >= 0 ? key[..at] : key;
}
