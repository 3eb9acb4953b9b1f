namespace CollectionGrains.Kernel.Tabular;

/// <summary>What is wrong with one cell (or row) of an imported file: its row number as the user sees it, the column and why.</summary>
[GenerateSerializer, Immutable, Alias("billing.ImportError")]
public sealed record ImportError([property: Id(0)] int Row, [property: Id(1)] string Column, [property: Id(2)] string Message);
