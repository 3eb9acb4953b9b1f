namespace CollectionGrains.Analytics;

/// <summary>The files of an analysis report: the workbook (figures as numbers) and the PDF (figures with charts).</summary>
public enum ReportFormat
{
    Xlsx,
    Pdf,
}
