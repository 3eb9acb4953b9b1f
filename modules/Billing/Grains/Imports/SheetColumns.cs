using CollectionGrains.Kernel.Tabular;

namespace CollectionGrains.Billing.Imports;

/// <summary>
/// Finds the columns of a sheet by their header (Chinese or English names) and reads cells, collecting an
/// <see cref="ImportError"/> for each missing column or bad value instead of stopping at the first.
/// </summary>
internal sealed class SheetColumns
{
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
                errors.Add(new ImportError(1, names[0], $"missing column (expected one of: {string.Join(", ", names)})"));
            }
        }
    }

    public bool Has(string field) => _index.ContainsKey(field);

    public string Text(int row, string field) =>
        _index.TryGetValue(field, out var column) && column < _table.Rows[row].Count ? _table.Rows[row][column].Trim() : "";
}
