using Npgsql;

namespace CollectionGrains.Collection.Visits;

/// <summary>
/// Visit photos in PostgreSQL (collection.visit_photo), addressed by their SHA-256: every silo reads them, a photo sent
/// twice is stored once. A photo is stored before the contact that names it is acknowledged.
/// </summary>
internal sealed class VisitPhotos(NpgsqlDataSource database)
{
    public async Task SaveAsync(string sha256, string contentType, byte[] content)
    {
        await using var command = database.CreateCommand("""
            INSERT INTO collection.visit_photo (sha256, content_type, size_bytes, content) VALUES ($1, $2, $3, $4)
            ON CONFLICT (sha256) DO NOTHING
            """);
        command.Parameters.AddWithValue(sha256);
        command.Parameters.AddWithValue(contentType);
        command.Parameters.AddWithValue(content.Length);
        command.Parameters.AddWithValue(content);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<VisitPhoto?> ReadAsync(string sha256)
    {
        await using var command = database.CreateCommand("SELECT content_type, content FROM collection.visit_photo WHERE sha256 = $1");
        command.Parameters.AddWithValue(sha256);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? new VisitPhoto(reader.GetString(0), (byte[])reader[1]) : null;
    }
}
