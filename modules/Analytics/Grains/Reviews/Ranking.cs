namespace CollectionGrains.Analytics.Reviews;

/// <summary>
/// The ranking rewards follow (DOMAIN.md: "rewards follow results"): money recovered first, then promises kept, then
/// contacts made; equal results share a place (1, 2, 2, 4).
/// </summary>
internal static class Ranking
{
    public static IReadOnlyList<WeeklyReviewRow> Rank(IEnumerable<WeeklyReviewRow> rows)
    {
        var ordered = rows.OrderByDescending(r => r.Recovered).ThenByDescending(r => r.PromisesKept).ThenByDescending(r => r.Contacts)
            .ThenBy(r => r.Collector, StringComparer.Ordinal).ToList();
        var ranked = new List<WeeklyReviewRow>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var sameAsAbove = i > 0 && Key(ordered[i]) == Key(ordered[i - 1]);
            ranked.Add(ordered[i] with { Rank = sameAsAbove ? ranked[i - 1].Rank : i + 1 });
        }
        return ranked;
    }

    private static (decimal, int, int) Key(WeeklyReviewRow row) => (row.Recovered, row.PromisesKept, row.Contacts);
}
