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
}
