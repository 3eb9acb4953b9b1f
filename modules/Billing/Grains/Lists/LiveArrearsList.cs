namespace CollectionGrains.Billing.Lists;

/// <summary>
/// The households in arrears below a node, kept up to date building by building, with one sorted index per order that
/// was asked for (built on first use, then maintained on every change), so a page is a seek and a short walk.
/// </summary>
internal sealed class LiveArrearsList
{
    private readonly Dictionary<string, ListedHousehold> _lines = [];
    private readonly Dictionary<string, List<string>> _householdsOfBuilding = [];
    private readonly Dictionary<ArrearsOrder, SortedSet<ListedHousehold>> _indexes = [];

    public int Count => _lines.Count;

    /// <summary>Replaces whatever the building had on the list by these lines (its households now in arrears).</summary>
    public void ReplaceBuilding(string buildingId, string buildingPath, IEnumerable<ArrearsListEntry> entries)
    {
        RemoveBuilding(buildingId);
        var households = new List<string>();
        foreach (var entry in entries)
        {
            // A household that moved here may still be listed under the building it left, until that one is read again.
            RemoveLine(entry.HouseholdId);
            var line = new ListedHousehold(entry, buildingPath);
            _lines[entry.HouseholdId] = line;
            households.Add(entry.HouseholdId);
            foreach (var index in _indexes.Values)
            {
                index.Add(line);
            }
        }
        if (households.Count > 0)
        {
            _householdsOfBuilding[buildingId] = households;
        }
    }

    public void RemoveBuilding(string buildingId)
    {
        foreach (var household in _householdsOfBuilding.GetValueOrDefault(buildingId) ?? [])
        {
            if (_lines.TryGetValue(household, out var line) && line.Entry.BuildingId == buildingId)
            {
                RemoveLine(household);
            }
        }
        _householdsOfBuilding.Remove(buildingId);
    }

    private void RemoveLine(string householdId)
    {
        if (_lines.Remove(householdId, out var line))
        {
            foreach (var index in _indexes.Values)
            {
                index.Remove(line);
            }
        }
    }

    public ArrearsPage Page(ArrearsFilter filter, ArrearsOrder order, int first, string? after)
    {
        var start = after is null ? null : ArrearsCursor.Decode(after, order).Probe();
        var page = new List<ListedHousehold>(first + 1);
        foreach (var line in Walk(order, start))
        {
            if (filter.Keeps(line.Entry))
            {
                page.Add(line);
                if (page.Count > first)
                {
                    break;
                }
            }
        }
        var hasNext = page.Count > first;
        var shown = page.Take(first).ToList();
        var cursors = shown.Select(line => ArrearsCursor.At(order, line).Encode()).ToList();
        return new ArrearsPage([.. shown.Select(l => l.Entry)], CountKept(filter), cursors.LastOrDefault(), hasNext, cursors);
    }

    /// <summary>Every line the filter keeps, in the order asked for (for exports).</summary>
    public IEnumerable<ListedHousehold> All(ArrearsFilter filter, ArrearsOrder order) =>
        Walk(order, null).Where(line => filter.Keeps(line.Entry));

    private int CountKept(ArrearsFilter filter)
    {
        if (filter == new ArrearsFilter())
        {
            return _lines.Count;
        }
        var kept = 0;
        foreach (var line in _lines.Values)
        {
            kept += filter.Keeps(line.Entry) ? 1 : 0;
        }
        return kept;
    }

    private IEnumerable<ListedHousehold> Walk(ArrearsOrder order, ListedHousehold? after)
    {
        var index = Index(order);
        if (after is null)
        {
            return index;
        }
        if (index.Count == 0 || index.Comparer.Compare(after, index.Max!) >= 0)
        {
            return [];
        }
        return index.GetViewBetween(after, index.Max!).Where(line => index.Comparer.Compare(line, after) > 0);
    }

    private SortedSet<ListedHousehold> Index(ArrearsOrder order)
    {
        if (!_indexes.TryGetValue(order, out var index))
        {
            _indexes[order] = index = new SortedSet<ListedHousehold>(_lines.Values, ArrearsArrangement.Comparer(order));
        }
        return index;
    }
}
