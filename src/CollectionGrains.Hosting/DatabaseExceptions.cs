using Orleans.Serialization;

namespace CollectionGrains.Hosting;

/// <summary>
/// Npgsql's exceptions travel between silos and clients like the runtime's own. Without this a database error raised in
/// one silo (PostgreSQL down) could not be serialized back to the calling silo, which then saw a
/// <c>CodecNotFoundException</c> instead: no longer recognisable as "temporarily unavailable".
/// </summary>
internal static class DatabaseExceptions
{
    public static void MayCrossSilos(ExceptionSerializationOptions options) => options.SupportedNamespacePrefixes.Add("Npgsql");
}
