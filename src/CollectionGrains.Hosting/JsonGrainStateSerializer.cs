using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Orleans.Storage;

namespace CollectionGrains.Hosting;

/// <summary>
/// Grain state as UTF-8 JSON (System.Text.Json): readable in PostgreSQL with
/// <c>convert_from(payload, 'UTF8')::jsonb</c>, decimals kept exact.
/// </summary>
internal sealed class JsonGrainStateSerializer : IGrainStorageSerializer
{
    internal static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General)
    {
        // Zeros, nulls and false are left out (they read back as the same defaults): most of a total is zero.
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
        IncludeFields = false,
        Converters = { new JsonStringEnumConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { KeepRequiredMembers, KeepMembersWithOtherDefaults } },
    };

    /// <summary>
    /// A required member is written even when it holds its default (a payment by counter is channel 0), and read back as
    /// its default when absent: states written before this rule left such members out, and must still load.
    /// </summary>
    private static void KeepRequiredMembers(JsonTypeInfo type)
    {
        foreach (var property in type.Properties.Where(p => p.IsRequired))
        {
            property.ShouldSerialize = static (_, _) => true;
            property.IsRequired = false;
        }
    }

    /// <summary>
    /// A member whose constructor parameter defaults to something other than the type's default (a contact is answered
    /// unless said otherwise) is always written: left out at the type's default, it would read back as the parameter's.
    /// </summary>
    private static void KeepMembersWithOtherDefaults(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            if (property.AssociatedParameter is { HasDefaultValue: true } parameter
                && !Equals(parameter.DefaultValue, property.PropertyType.IsValueType ? Activator.CreateInstance(property.PropertyType) : null))
            {
                property.ShouldSerialize = static (_, _) => true;
            }
        }
    }

    public BinaryData Serialize<T>(T? input) => new(JsonSerializer.SerializeToUtf8Bytes(input, Options));

    public T Deserialize<T>(BinaryData input) =>
        JsonSerializer.Deserialize<T>(input.ToMemory().Span, Options)
        ?? throw new JsonException($"Stored state of {typeof(T).Name} is null.");
}
