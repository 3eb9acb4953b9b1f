using System.Text;
using CollectionGrains.GraphQL.Errors;

namespace CollectionGrains.GraphQL.Schema;

/// <summary>The bytes of the file an <c>ImportInput</c> carries: CSV text as UTF-8, anything else sent in base64.</summary>
internal static class ImportFiles
{
    public static byte[] Content(Dictionary<string, object?> input)
    {
        var content = (string)input["content"]!;
        if ((FileFormat)input["format"]! == FileFormat.Csv)
        {
            return Encoding.UTF8.GetBytes(content);
        }
        try
        {
            return Convert.FromBase64String(content);
        }
        catch (FormatException)
        {
            throw ApiError.BadInput("content is not base64 (an .xlsx workbook, or a file sent as FILE_BASE64, is sent in base64)");
        }
    }
}
