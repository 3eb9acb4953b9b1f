namespace CollectionGrains.GraphQL.Schema;

/// <summary>How an imported file's content is given: CSV as text, or an .xlsx workbook in base64.</summary>
internal enum FileFormat
{
    Csv,
    XlsxBase64,
}
