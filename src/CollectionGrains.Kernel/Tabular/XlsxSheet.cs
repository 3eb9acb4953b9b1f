namespace CollectionGrains.Kernel.Tabular;

/// <summary>One worksheet to write: its name (at most 31 characters, as Excel allows), a header row and the rows' cells.</summary>
public sealed record XlsxSheet(string Name, IReadOnlyList<string> Headers, IEnumerable<IReadOnlyList<object?>> Rows);
