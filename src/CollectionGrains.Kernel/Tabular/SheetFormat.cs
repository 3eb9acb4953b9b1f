namespace CollectionGrains.Kernel.Tabular;

/// <summary>The file formats sheets are exported in.</summary>
public enum SheetFormat
{
    Csv,
    Xlsx,
}
