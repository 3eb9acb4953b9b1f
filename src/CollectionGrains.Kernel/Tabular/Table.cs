namespace CollectionGrains.Kernel.Tabular;

/// <summary>
/// A spreadsheet read into text: its header row and data rows. <see cref="RowNumber"/> is the row's number as the
/// user sees it in the file (the header is row 1), so errors point at the right place.
/// </summary>
public sealed record Table(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public static int RowNumber(int dataRowIndex) => dataRowIndex + 2;

    /// <summary>Reads a .xlsx (by its zip signature) or else UTF-8 CSV.</summary>
    public static Table Read(byte[] content) =>
        content is [0x50, 0x4B, 0x03, 0x04, ..] ? XlsxReader.Read(content) : CsvReader.Read(content);
}
