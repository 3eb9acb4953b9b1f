using System.Globalization;
using System.Text;

namespace CollectionGrains.Collection.Cases;

/// <summary>
/// Lists of tasks from the live case summaries: each household's current (or last) task, newest first, filtered by
/// status, collector and building; cursors carry the sort key of the last line, so a list that changes between pages
/// skips and repeats nothing that kept its place.
/// </summary>
internal static class TaskListing
{
    public const int MaxPageSize = 500;

    public static TaskPage Page(IEnumerable<CaseSummary> cases, TaskFilter filter, int first, string? after)
    {
        if (first is < 1 or > MaxPageSize)
        {
            throw CollectionRejectedException.BadInput($"first must be between 1 and {MaxPageSize}, got {first}");
        }
        var buildings = filter.Buildings is { } only ? new HashSet<string>(only, StringComparer.Ordinal) : null;
        var matching = cases.Where(c => c.TaskId is not null && c.TaskStatus is { } status
                && (filter.Statuses is not { Count: > 0 } statuses || statuses.Contains(status))
                && (filter.Collector is null || c.Collector == filter.Collector)
                && (filter.VisibleTo is null || c.Collector is null || c.Collector == filter.VisibleTo)
                && (buildings is null || buildings.Contains(c.BuildingId)))
            .Select(c => (Key: Key(c), Case: c))
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .ToList();
        var start = after is null ? 0 : matching.FindIndex(c => string.CompareOrdinal(c.Key, Decode(after)) > 0);
        if (start < 0)
        {
            start = matching.Count;
        }
        var page = matching.Skip(start).Take(first).ToList();
        return new TaskPage([.. page.Select(c => c.Case)], [.. page.Select(c => Encode(c.Key))], matching.Count, start + page.Count < matching.Count);
    }

    /// <summary>Newest first: the key sorts by the opening time reversed, then by task id.</summary>
    private static string Key(CaseSummary summary) =>
        (long.MaxValue - summary.TaskOpenedAt!.Value.UtcTicks).ToString("D19", CultureInfo.InvariantCulture) + "|" + summary.TaskId;

    private static string Encode(string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes("task:" + key));

    private static string Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith("task:", StringComparison.Ordinal))
            {
                return text[5..];
            }
        }
        catch (FormatException)
        {
        }
        throw CollectionRejectedException.BadInput("after is not a cursor of this task list");
    }
}
