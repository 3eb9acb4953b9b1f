using Npgsql;

namespace CollectionGrains.Access;

/// <summary>Writes and reads the rows of access.user_account, the listing copy of each user's state.</summary>
internal static class UserDirectory
{
    private const string Columns = "username, display_name, role, scope_node_id, disabled, must_change_password, phone";

    public static async Task WriteAsync(NpgsqlDataSource database, UserSession user)
    {
        await using var command = database.CreateCommand(
            $"""
            INSERT INTO access.user_account ({Columns}) VALUES ($1, $2, $3, $4, $5, $6, $7)
            ON CONFLICT (username) DO UPDATE SET display_name = $2, role = $3, scope_node_id = $4, disabled = $5,
                must_change_password = $6, phone = $7, updated_at = now()
            """);
        var account = user.Account;
        command.Parameters.Add(new NpgsqlParameter { Value = account.Username });
        command.Parameters.Add(new NpgsqlParameter { Value = account.DisplayName });
        command.Parameters.Add(new NpgsqlParameter { Value = account.Role.ToString() });
        command.Parameters.Add(new NpgsqlParameter { Value = account.ScopeNodeId });
        command.Parameters.Add(new NpgsqlParameter { Value = user.Disabled });
        command.Parameters.Add(new NpgsqlParameter { Value = user.MustChangePassword });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)account.Phone ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<IReadOnlyList<UserSession>> ReadAsync(NpgsqlDataSource database, string afterUsername, int count)
    {
        await using var command = database.CreateCommand(
            $"SELECT {Columns} FROM access.user_account WHERE username > $1 ORDER BY username LIMIT $2");
        command.Parameters.Add(new NpgsqlParameter { Value = afterUsername });
        command.Parameters.Add(new NpgsqlParameter { Value = count });
        await using var reader = await command.ExecuteReaderAsync();
        var users = new List<UserSession>();
        while (await reader.ReadAsync())
        {
            var account = new UserAccount(reader.GetString(0), reader.GetString(1), Enum.Parse<Role>(reader.GetString(2)), reader.GetString(3),
                reader.IsDBNull(6) ? null : reader.GetString(6));
            users.Add(new UserSession(account, 0, reader.GetBoolean(4), reader.GetBoolean(5)));
        }
        return users;
    }

    public static async Task<IReadOnlyList<string>> ScopedAtAsync(NpgsqlDataSource database, string nodeId, int count)
    {
        await using var command = database.CreateCommand("SELECT username FROM access.user_account WHERE scope_node_id = $1 ORDER BY username LIMIT $2");
        command.Parameters.Add(new NpgsqlParameter { Value = nodeId });
        command.Parameters.Add(new NpgsqlParameter { Value = count });
        await using var reader = await command.ExecuteReaderAsync();
        var usernames = new List<string>();
        while (await reader.ReadAsync())
        {
            usernames.Add(reader.GetString(0));
        }
        return usernames;
    }
}
