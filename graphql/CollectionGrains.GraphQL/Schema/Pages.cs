using System.Text;
using CollectionGrains.GraphQL.Errors;
using GraphQL.Types.Relay.DataObjects;

namespace CollectionGrains.GraphQL.Schema;

/// <summary>Relay connections over a list already in order: opaque cursors, <c>first</c> between 1 and <see cref="MaxPageSize"/>.</summary>
internal static class Pages
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public static int CheckFirst(int? first) => first switch
    {
        null => DefaultPageSize,
        < 1 or > MaxPageSize => throw ApiError.BadInput($"first must be between 1 and {MaxPageSize}"),
        _ => first.Value,
    };

    public static Connection<T> Slice<T>(IReadOnlyList<T> items, int? first, string? after, string kind)
    {
        var size = CheckFirst(first);
        var start = after is null ? 0 : Decode(after, kind) + 1;
        var page = items.Skip(start).Take(size).ToList();
        return Build(page.Select((item, i) => (item, Encode(kind, start + i))).ToList(), items.Count, start + page.Count < items.Count, start > 0);
    }

    public static Connection<T> Build<T>(IReadOnlyList<(T Node, string Cursor)> page, int totalCount, bool hasNextPage, bool hasPreviousPage) => new()
    {
        TotalCount = totalCount,
        Edges = [.. page.Select(p => new Edge<T> { Node = p.Node, Cursor = p.Cursor })],
        PageInfo = new PageInfo
        {
            HasNextPage = hasNextPage,
            HasPreviousPage = hasPreviousPage,
            StartCursor = page.Count > 0 ? page[0].Cursor : null,
            EndCursor = page.Count > 0 ? page[^1].Cursor : null,
        },
    };

    private static string Encode(string kind, int index) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{kind}:{index}"));

    private static int Decode(string cursor, string kind)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(kind + ":", StringComparison.Ordinal) && int.TryParse(text.AsSpan(kind.Length + 1), out var index) && index >= 0)
            {
                return index;
            }
        }
        catch (FormatException)
        {
        }
        throw ApiError.BadInput("after is not a cursor of this list");
    }
}
