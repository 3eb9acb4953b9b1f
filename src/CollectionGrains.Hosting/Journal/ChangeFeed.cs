using System.Text.RegularExpressions;
using Npgsql;

namespace CollectionGrains.Hosting.Journal;

/// <summary>
/// The change feed (journal.household_change): the households whose facts a journal commit changed, for readers that
/// keep a summary per household. Only what a statement really changed counts, so a commit written again (an outbox
/// copied twice, a household activated after a crash) appends nothing.
/// </summary>
public static partial class ChangeFeed
{
    /// <summary>
    /// One statement that runs <paramref name="writes"/> and appends, once each, the households they changed. Each write
    /// must end in <c>RETURNING</c> a column named <c>household_id</c> for each row it inserted or updated (null for a
    /// row that does not count), and number its parameters from <c>$1</c> with no other <c>$</c> in its text.
    /// </summary>
    public static NpgsqlBatchCommand Appending(IReadOnlyList<NpgsqlBatchCommand> writes)
    {
        var combined = new NpgsqlBatchCommand();
        var parts = new List<string>(writes.Count);
        foreach (var write in writes)
        {
            var offset = combined.Parameters.Count;
            parts.Add(Parameter().Replace(write.CommandText, m => "$" + (int.Parse(m.Groups[1].Value) + offset)));
            var parameters = write.Parameters.ToList();
            write.Parameters.Clear();
            parameters.ForEach(p => combined.Parameters.Add(p));
        }
        combined.CommandText = $"""
            WITH {string.Join(",\n", parts.Select((sql, i) => $"w{i} AS ({sql})"))}
            INSERT INTO journal.household_change (household_id)
            SELECT DISTINCT household_id FROM ({string.Join(" UNION ALL ", parts.Select((_, i) => $"SELECT household_id FROM w{i}"))}) c
             WHERE household_id IS NOT NULL
            """;
        return combined;
    }

    [GeneratedRegex(@"\$(\d+)")]
    private static partial Regex Parameter();
}
