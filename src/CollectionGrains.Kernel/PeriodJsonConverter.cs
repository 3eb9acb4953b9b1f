using System.Text.Json;
using System.Text.Json.Serialization;

namespace CollectionGrains.Kernel;

/// <summary>Stores a <see cref="Period"/> as its text, <c>"2026-11"</c>.</summary>
public sealed class PeriodJsonConverter : JsonConverter<Period>
{
    public override Period Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Period.Parse(reader.GetString() ?? throw new JsonException("A period cannot be null."));

    public override void Write(Utf8JsonWriter writer, Period value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
