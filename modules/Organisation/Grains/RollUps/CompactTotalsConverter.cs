using System.Text.Json;
using System.Text.Json.Serialization;

namespace CollectionGrains.Organisation.RollUps;

/// <summary>
/// Stores each child's versioned totals as one JSON array of numbers — version, then the figures in the order of the
/// row's layout (<see cref="StoredFigureLayouts"/>, named once per row as <c>"$layout"</c>) — with trailing zeros left
/// out. A building holds one entry per household and is rewritten on every flush, so this keeps its row about five times
/// smaller than named properties would, and the layout keeps a figure added later from shifting what was stored.
/// </summary>
internal sealed class CompactTotalsConverter : JsonConverter<Dictionary<string, VersionedTotals>>
{
    public override Dictionary<string, VersionedTotals> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Expect(reader.TokenType == JsonTokenType.StartObject);
        var table = new Dictionary<string, VersionedTotals>();
        var layout = 1;
        var stored = new List<(string ChildId, List<decimal> Numbers)>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var childId = reader.GetString()!;
            reader.Read();
            if (childId == LayoutProperty)
            {
                layout = reader.GetInt32();
                continue;
            }
            Expect(reader.TokenType == JsonTokenType.StartArray);
            var numbers = new List<decimal>();
            while (reader.Read() && reader.TokenType == JsonTokenType.Number)
            {
                numbers.Add(reader.GetDecimal());
            }
            Expect(reader.TokenType == JsonTokenType.EndArray && numbers.Count > 0);
            stored.Add((childId, numbers));
        }
        Expect(reader.TokenType == JsonTokenType.EndObject);
        var positions = StoredFigureLayouts.PositionsNowOf(layout);
        var figures = new decimal[Totals.FigureCount];
        foreach (var (childId, numbers) in stored)
        {
            Array.Clear(figures);
            for (var i = 1; i < numbers.Count && i <= positions.Length; i++)
            {
                if (positions[i - 1] >= 0)
                {
                    figures[positions[i - 1]] = numbers[i];
                }
            }
            table[childId] = new VersionedTotals((long)numbers[0], Totals.FromFigures(figures));
        }
        return table;
    }

    public override void Write(Utf8JsonWriter writer, Dictionary<string, VersionedTotals> value, JsonSerializerOptions options)
    {
        Span<decimal> numbers = stackalloc decimal[1 + Totals.FigureCount];
        writer.WriteStartObject();
        writer.WriteNumber(LayoutProperty, StoredFigureLayouts.Current);
        foreach (var (childId, versioned) in value)
        {
            writer.WriteStartArray(childId);
            numbers[0] = versioned.Version;
            versioned.Totals.CopyFiguresTo(numbers[1..]);
            var length = numbers.Length;
            while (length > 1 && numbers[length - 1] == 0)
            {
                length--;
            }
            for (var i = 0; i < length; i++)
            {
                writer.WriteNumberValue(numbers[i]);
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    private const string LayoutProperty = "$layout";

    private static void Expect(bool condition)
    {
        if (!condition)
        {
            throw new JsonException("stored child totals are not in the compact form");
        }
    }
}
