namespace CollectionGrains.GraphQL.Schema;

/// <summary>How an imported file's content is given: CSV as text, or the file's bytes in base64 (an .xlsx, or a CSV in any encoding the readers know).</summary>
internal enum FileFormat
{
    Csv,
    XlsxBase64,
    FileBase64,
}
