namespace CollectionGrains.Billing;

/// <summary>File formats of exports.</summary>
public enum ExportFormat
{
    Csv,
    Xlsx,
}
