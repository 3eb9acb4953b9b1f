using Npgsql;

namespace CollectionGrains.Customers.Credit;

/// <summary>
/// A group's history for training, from the module tables (not the grains): each household's bills with the day the
/// last of each was paid or waived (reversed payments do not count), its contact days and its complaint days (contacts
/// whose stated reason was the service, the value-added services or the developer), as business (UTC+8) dates.
/// </summary>
internal sealed class CreditHistoryReader(NpgsqlDataSource database)
{
    public async Task<List<(string HouseholdId, CustomerFacts Facts)>> ReadAsync(IReadOnlyList<string> projects)
    {
        var households = new Dictionary<string, (bool Corporate, bool Vacant, List<BillRecord> Bills, List<DateOnly> Contacts, List<DateOnly> Complaints)>();
        await using (var command = Query("SELECT household_id, customer_type = 'Corporate', is_vacant FROM billing.household WHERE project_id = ANY($1)", projects))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                households[reader.GetString(0)] = (reader.GetBoolean(1), reader.GetBoolean(2), [], [], []);
            }
        }
        await using (var command = Query("""
            WITH paid AS (
                SELECT a.household_id, a.bill_id, sum(a.principal) AS principal, max(a.allocated_on) AS last_on
                  FROM billing.allocation a JOIN billing.payment p USING (household_id, payment_id)
                 WHERE p.project_id = ANY($1)
                   AND NOT EXISTS (SELECT 1 FROM billing.payment_reversal r WHERE r.household_id = a.household_id AND r.payment_id = a.payment_id)
                 GROUP BY a.household_id, a.bill_id
                UNION ALL
                SELECT w.household_id, w.bill_id, sum(w.principal), max(w.waived_on)
                  FROM billing.waiver w JOIN billing.household h USING (household_id)
                 WHERE h.project_id = ANY($1)
                 GROUP BY w.household_id, w.bill_id)
            SELECT b.household_id, b.period, b.due_date, b.principal, b.principal - coalesce(sum(paid.principal), 0), max(paid.last_on)
              FROM billing.bill b LEFT JOIN paid USING (household_id, bill_id)
             WHERE b.project_id = ANY($1)
             GROUP BY b.household_id, b.bill_id, b.period, b.due_date, b.principal
            """, projects))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                if (households.TryGetValue(reader.GetString(0), out var household) && Kernel.Period.TryParse(reader.GetString(1), out var period))
                {
                    var outstanding = Math.Max(0, reader.GetDecimal(4));
                    household.Bills.Add(new BillRecord(period, DateOnly.FromDateTime(reader.GetDateTime(2)), reader.GetDecimal(3),
                        outstanding, outstanding == 0 && !reader.IsDBNull(5) ? DateOnly.FromDateTime(reader.GetDateTime(5)) : null));
                }
            }
        }
        await using (var command = Query("""
            SELECT household_id, (contacted_at AT TIME ZONE 'Asia/Shanghai')::date, coalesce(reason_category IN ('BasicService', 'ValueAddedService', 'Developer'), false)
              FROM collection.contact WHERE project_id = ANY($1)
            """, projects))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                if (households.TryGetValue(reader.GetString(0), out var household))
                {
                    var day = DateOnly.FromDateTime(reader.GetDateTime(1));
                    household.Contacts.Add(day);
                    if (reader.GetBoolean(2))
                    {
                        household.Complaints.Add(day);
                    }
                }
            }
        }
        return [.. households.Select(h => (h.Key, new CustomerFacts(h.Value.Bills, [.. h.Value.Contacts.Order()], [.. h.Value.Complaints.Order()], h.Value.Corporate, h.Value.Vacant)))];
    }

    /// <summary>The project and building of each household of these projects.</summary>
    public async Task<Dictionary<string, (string Project, string Building)>> PlacesAsync(IReadOnlyList<string> projects)
    {
        var placeOf = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        await using var command = Query("SELECT household_id, project_id, building_id FROM billing.household WHERE project_id = ANY($1)", projects);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            placeOf[reader.GetString(0)] = (reader.GetString(1), reader.GetString(2));
        }
        return placeOf;
    }

    private NpgsqlCommand Query(string sql, IReadOnlyList<string> projects)
    {
        var command = database.CreateCommand(sql);
        command.Parameters.AddWithValue(projects.ToArray());
        command.CommandTimeout = 600;
        return command;
    }
}
