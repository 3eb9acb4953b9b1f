namespace CollectionGrains.Collection.Cases;

/// <summary>
/// Case summaries kept live by whoever follows them (a project: all its cases; a collector: those of their package):
/// a summary replaces the one held only when newer, and one that no longer belongs here is let go, remembering its
/// version so that an older summary arriving late cannot bring it back.
/// </summary>
internal sealed class CaseIndex(Func<CaseSummary, bool> belongs)
{
    private readonly Dictionary<string, CaseSummary> _cases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _gone = new(StringComparer.Ordinal);

    public IReadOnlyCollection<CaseSummary> All => _cases.Values;

    public CaseSummary? Find(string householdId) => _cases.GetValueOrDefault(householdId);

    /// <summary>True when the summary changed what is held.</summary>
    public bool Apply(CaseSummary summary)
    {
        var id = summary.HouseholdId;
        if ((_cases.TryGetValue(id, out var held) && held.Version >= summary.Version)
            || (_gone.TryGetValue(id, out var leftAt) && leftAt >= summary.Version))
        {
            return false;
        }
        if (belongs(summary))
        {
            _cases[id] = summary;
            _gone.Remove(id);
            return true;
        }
        _gone[id] = summary.Version;
        return _cases.Remove(id);
    }
}
