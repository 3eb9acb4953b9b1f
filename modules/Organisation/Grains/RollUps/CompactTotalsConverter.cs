using System.Text.Json;
using System.Text.Json.Serialization;

namespace CollectionGrains.Organisation.RollUps;

/// <summary>
/// Stores each child's versioned totals as one JSON array of numbers — version, the twelve figures, then the age, grade
/// and contact-class slots — with trailing zeros left out. A building holds one entry per household and is rewritten
/// on every flush, so this keeps its row about five times smaller than named properties would.
/// </summary>
internal sealed class CompactTotalsConverter : JsonConverter<Dictionary<string, VersionedTotals>>
{
    public override Dictionary<string, VersionedTotals> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Expect(reader.TokenType == JsonTokenType.StartObject);
        var table = new Dictionary<string, VersionedTotals>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var childId = reader.GetString()!;
            reader.Read();
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                // Rows written before the compact form: read them as they were written.
                table[childId] = JsonSerializer.Deserialize<VersionedTotals>(ref reader, options)!;
                continue;
            }
            Expect(reader.TokenType == JsonTokenType.StartArray);
            var numbers = new List<decimal>();
            while (reader.Read() && reader.TokenType == JsonTokenType.Number)
            {
                numbers.Add(reader.GetDecimal());
            }
            Expect(reader.TokenType == JsonTokenType.EndArray && numbers.Count > 0);
            table[childId] = new VersionedTotals((long)numbers[0], FromNumbers(numbers));
        }
        Expect(reader.TokenType == JsonTokenType.EndObject);
        return table;
    }

    public override void Write(Utf8JsonWriter writer, Dictionary<string, VersionedTotals> value, JsonSerializerOptions options)
    {
        Span<decimal> numbers = stackalloc decimal[1 + Totals.FigureCount];
        writer.WriteStartObject();
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

    private static Totals FromNumbers(List<decimal> numbers)
    {
        decimal At(int index) => index < numbers.Count ? numbers[index] : 0m;
        decimal[] Slots(int start, int count) => [.. Enumerable.Range(start, count).Select(At)];
        const int ages = 13, grades = ages + Totals.AgeBuckets, classes = grades + Totals.Grades;
        return new Totals
        {
            Households = (long)At(1),
            HouseholdsInArrears = (long)At(2),
            VacantHouseholds = (long)At(3),
            ReceivablePeriod = At(4),
            CollectedPeriod = At(5),
            ReceivableYear = At(6),
            CollectedYear = At(7),
            OpeningArrears = At(8),
            Recovered = At(9),
            ArrearsPrincipal = At(10),
            LateFees = At(11),
            Prepaid = At(12),
            ArrearsByAge = Slots(ages, Totals.AgeBuckets),
            HouseholdsByGrade = [.. Slots(grades, Totals.Grades).Select(n => (long)n)],
            HouseholdsByContactClass = [.. Slots(classes, Totals.ContactClasses).Select(n => (long)n)],
        };
    }

    private static void Expect(bool condition)
    {
        if (!condition)
        {
            throw new JsonException("stored child totals are not in the compact form");
        }
    }
}
