using CollectionGrains.Kernel.Tabular;

namespace CollectionGrains.Billing.Imports;

/// <summary>
/// Finds the columns of a sheet by their header (Chinese or English names) and reads cells, collecting an
/// <see cref="ImportError"/> for each missing column or bad value instead of stopping at the first.
/// </summary>
internal sealed class SheetColumns
{
    /// <summary>The columns that name a household in every sheet: the building's path and the room.</summary>
    public static readonly (string Field, string[] Names, bool Required) Building = ("building", ["楼栋路径", "buildingPath", "building"], true);
    public static readonly (string Field, string[] Names, bool Required) Room = ("room", ["房号", "room"], true);

    private readonly Dictionary<string, int> _index = [];
    private readonly Table _table;

    public SheetColumns(Table table, IReadOnlyList<(string Field, string[] Names, bool Required)> columns, List<ImportError> errors)
    {
        _table = table;
        foreach (var (field, names, required) in columns)
        {
            var position = table.Headers.ToList().FindIndex(h => names.Contains(h, StringComparer.OrdinalIgnoreCase));
            if (position >= 0)
            {
                _index[field] = position;
            }
            else if (required)
            {
                errors.Add(new ImportError(table.HeaderRowNumber, names[0], $"缺少列“{names[0]}”（可用的列名：{string.Join("、", names)}）"));
            }
        }
    }

    public bool Has(string field) => _index.ContainsKey(field);

    /// <summary>The household a row names (its building's path and room), or null when the building is unknown.</summary>
    public (string Path, string Room, string? HouseholdId) Household(int row, IReadOnlyDictionary<string, BuildingRef> buildings)
    {
        var path = Text(row, Building.Field);
        var room = Text(row, Room.Field);
        return (path, room, buildings.TryGetValue(path, out var building) ? building.HouseholdId(room) : null);
    }

    public string Text(int row, string field) =>
        _index.TryGetValue(field, out var column) && column < _table.Rows[row].Count ? _table.Rows[row][column].Trim() : "";
}
