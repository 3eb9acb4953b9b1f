using Npgsql;

namespace CollectionGrains.Hosting;

/// <summary>Reading the first column of a statement's rows as text: the ids most lookups answer.</summary>
public static class CommandReading
{
    /// <summary>Adds each row's first column to <paramref name="into"/>, in the order read, and answers it.</summary>
    public static async Task<TCollection> ReadTextsAsync<TCollection>(this NpgsqlCommand command, TCollection into)
        where TCollection : ICollection<string>
    {
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            into.Add(reader.GetString(0));
        }
        return into;
    }
}
