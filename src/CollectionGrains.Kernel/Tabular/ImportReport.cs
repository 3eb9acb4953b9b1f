namespace CollectionGrains.Kernel.Tabular;

/// <summary>
/// The result of an import. With any error nothing was imported; otherwise <see cref="Applied"/> rows changed
/// something and <see cref="Unchanged"/> rows were already there (re-importing a file changes nothing).
/// </summary>
[GenerateSerializer, Immutable, Alias("billing.ImportReport")]
public sealed record ImportReport(
    [property: Id(0)] int Rows,
    [property: Id(1)] int Applied,
    [property: Id(2)] int Unchanged,
    [property: Id(3)] IReadOnlyList<ImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    /// <summary>
    /// Reads an imported file as a table (<see cref="Table.Read"/>); when it cannot be read, the report that says so
    /// (row 0, in Chinese) and a null table.
    /// </summary>
    public static (Table? Table, ImportReport? Unreadable) ReadTable(byte[] file, IReadOnlyCollection<string> columnNames)
    {
        try
        {
            return (Table.Read(file, columnNames), null);
        }
        catch (Exception e) when (e is FormatException or System.Text.DecoderFallbackException)
        {
            return (null, new ImportReport(0, 0, 0, [new ImportError(0, "", $"无法读取文件（应为 .xlsx 或 CSV）：{e.Message}")]));
        }
    }
}
