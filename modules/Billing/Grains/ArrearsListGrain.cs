using CollectionGrains.Billing.Lists;
using CollectionGrains.Organisation;
using Npgsql;
using Orleans.Concurrency;

namespace CollectionGrains.Billing;

/// <summary>
/// A node's arrears list, kept live: the first page walks the whole subtree once; later pages bring the list up to
/// date (at most <see cref="Freshness"/> old) by reading again only the buildings whose totals changed, joined with the
/// households' names and phones from billing.household. Pages are seeks in a sorted index, not sorts.
/// </summary>
[Reentrant]
internal sealed class ArrearsListGrain(NpgsqlDataSource database) : Grain, IArrearsListGrain
{
    private const int MaxPageSize = 500;

    /// <summary>How old a list may be when a page is read; older, the page waits for a catch-up walk first.</summary>
    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(1);

    private readonly LiveArrearsList _list = new();
    private SubtreeFollower? _follower;
    private Task? _catchingUp;
    private DateTime _caughtUpAt = DateTime.MinValue;

    public async Task<ArrearsPage> GetPageAsync(ArrearsFilter filter, ArrearsOrder order, int first, string? after)
    {
        if (first is < 1 or > MaxPageSize)
        {
            throw LedgerRejectedException.BadInput($"first must be between 1 and {MaxPageSize}, got {first}");
        }
        if (after is not null)
        {
            ArrearsCursor.Decode(after, order);
        }
        await CatchUpAsync();
        return _list.Page(filter, order, first, after);
    }

    public async Task<byte[]> ExportAsync(ArrearsFilter filter, ArrearsOrder order, ExportFormat format)
    {
        await CatchUpAsync();
        return ArrearsRecordSheet.Write(_list.All(filter, order), format);
    }

    /// <summary>Brings the list up to date unless it is fresh; callers meanwhile share one walk.</summary>
    private Task CatchUpAsync()
    {
        if (DateTime.UtcNow - _caughtUpAt < Freshness)
        {
            return Task.CompletedTask;
        }
        if (_catchingUp is not { IsCompleted: false })
        {
            _catchingUp = CatchUpOnceAsync();
        }
        return _catchingUp;
    }

    private async Task CatchUpOnceAsync()
    {
        var started = DateTime.UtcNow;
        _follower ??= new SubtreeFollower(this.GetPrimaryKeyString());
        var changes = await _follower.WalkAsync(GrainFactory);
        var owing = changes.Buildings
            .Select(b => (Building: b, Households: b.Households.Where(h => h.Value.Totals.HouseholdsInArrears > 0).ToList())).ToList();
        var details = await ReadDetailsAsync([.. owing.SelectMany(b => b.Households.Select(h => h.Key))]);
        // Applied in one turn: a page read meanwhile sees the list before or after, never half of it.
        foreach (var building in changes.LeftBuildings)
        {
            _list.RemoveBuilding(building);
        }
        foreach (var (building, households) in owing)
        {
            _list.ReplaceBuilding(building.BuildingId, building.Path, households
                .Where(h => details.ContainsKey(h.Key))
                .Select(h => Entry(h.Key, building.BuildingId, h.Value.Totals, details[h.Key])));
        }
        _follower.Accept(changes);
        _caughtUpAt = started;
    }

    private static ArrearsListEntry Entry(string householdId, string buildingId, Totals totals, HouseholdDetails details) =>
        new(householdId, buildingId, details.Room, details.OwnerName, details.Phones, details.CustomerType, details.IsVacant,
            totals.ArrearsPrincipal, totals.LateFees, (AgeBucket)Math.Max(0, Array.FindLastIndex(totals.ArrearsByAge, amount => amount > 0)));

    private async Task<Dictionary<string, HouseholdDetails>> ReadDetailsAsync(string[] householdIds)
    {
        var details = new Dictionary<string, HouseholdDetails>(householdIds.Length);
        foreach (var chunk in householdIds.Chunk(50_000))
        {
            await using var command = database.CreateCommand(
                "SELECT household_id, room, owner_name, phones, customer_type, is_vacant FROM billing.household WHERE household_id = ANY($1)");
            command.Parameters.AddWithValue(chunk);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                details[reader.GetString(0)] = new HouseholdDetails(reader.GetString(1), reader.GetString(2),
                    reader.GetFieldValue<string[]>(3), Enum.Parse<CustomerType>(reader.GetString(4)), reader.GetBoolean(5));
            }
        }
        return details;
    }

    private sealed record HouseholdDetails(string Room, string OwnerName, string[] Phones, CustomerType CustomerType, bool IsVacant);
}
