using CollectionGrains.Collection.Sheets;
using Npgsql;

namespace CollectionGrains.Collection;

/// <summary>
/// What the record sheet reads from the plain tables: the households' rooms, owners and phones (billing.household), the
/// first three contacts of each current task and the latest reason given (collection.contact).
/// </summary>
internal sealed class RecordSheetSource(NpgsqlDataSource database)
{
    public async Task<List<RecordSheetLine>> LinesAsync(IReadOnlyList<CaseSummary> cases, Func<string, string> buildingName)
    {
        var details = await HouseholdsAsync([.. cases.Select(c => c.HouseholdId)]);
        var contacts = await FirstContactsAsync([.. cases.Select(c => c.TaskId!)]);
        return [.. cases.Select(c =>
        {
            var (room, owner, phones) = details.GetValueOrDefault(c.HouseholdId, ("", "", ""));
            var (first, reason) = contacts.GetValueOrDefault(c.TaskId!, ([], null));
            return new RecordSheetLine(buildingName(c.BuildingId), room, owner, phones, c.Owed, first, c.Class, c.Promise, reason, c.Collector);
        }).OrderBy(l => l.Building, StringComparer.Ordinal).ThenBy(l => l.Room, StringComparer.Ordinal)];
    }

    private async Task<Dictionary<string, (string Room, string Owner, string Phones)>> HouseholdsAsync(string[] householdIds)
    {
        await using var command = database.CreateCommand(
            "SELECT household_id, room, owner_name, array_to_string(phones, ';') FROM billing.household WHERE household_id = ANY($1)");
        command.Parameters.AddWithValue(householdIds);
        var details = new Dictionary<string, (string, string, string)>(householdIds.Length);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            details[reader.GetString(0)] = (reader.GetString(1), reader.GetString(2), reader.GetString(3));
        }
        return details;
    }

    private async Task<Dictionary<string, (List<(DateOnly, ContactClass)> First, ArrearsReason? Reason)>> FirstContactsAsync(string[] taskIds)
    {
        await using var command = database.CreateCommand("""
            SELECT task_id, (contacted_at AT TIME ZONE 'Asia/Shanghai')::date, outcome, reason_category, reason_text
              FROM collection.contact WHERE task_id = ANY($1) ORDER BY task_id, contacted_at, contact_id
            """);
        command.Parameters.AddWithValue(taskIds);
        var contacts = new Dictionary<string, (List<(DateOnly, ContactClass)>, ArrearsReason?)>(taskIds.Length);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var taskId = reader.GetString(0);
            var (first, reason) = contacts.GetValueOrDefault(taskId, ([], null));
            if (first.Count < 3)
            {
                first.Add((reader.GetFieldValue<DateOnly>(1), Enum.Parse<ContactClass>(reader.GetString(2))));
            }
            if (!reader.IsDBNull(3))
            {
                reason = new ArrearsReason(Enum.Parse<ArrearsReasonCategory>(reader.GetString(3)), reader.IsDBNull(4) ? null : reader.GetString(4));
            }
            contacts[taskId] = (first, reason);
        }
        return contacts;
    }
}
