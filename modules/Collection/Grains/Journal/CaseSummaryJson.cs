using System.Text.Json;
using System.Text.Json.Serialization;

namespace CollectionGrains.Collection.Journal;

/// <summary>How a case's summary is stored in collection.household_case.summary (and read back when a project or collector activates).</summary>
internal static class CaseSummaryJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static string Write(CaseSummary summary) => JsonSerializer.Serialize(summary, Options);

    public static CaseSummary Read(string json) => JsonSerializer.Deserialize<CaseSummary>(json, Options)
        ?? throw new JsonException("a stored case summary is null");
}
