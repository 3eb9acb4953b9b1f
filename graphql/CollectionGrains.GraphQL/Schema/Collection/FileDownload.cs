using CollectionGrains.GraphQL.Access;
using GraphQL.Types;

namespace CollectionGrains.GraphQL.Schema.Collection;

/// <summary>A file made for the caller: its name, its type and its bytes.</summary>
internal sealed record FileDownload(string FileName, string ContentType, byte[] Content);

internal sealed class FileDownloadGraphType : ObjectGraphType<FileDownload>
{
    public FileDownloadGraphType()
    {
        Name = "FileDownload";
        Field<NonNullGraphType<StringGraphType>>("fileName").Allow(FieldAccess.Readers).Resolve(c => c.Source.FileName);
        Field<NonNullGraphType<StringGraphType>>("contentType").Allow(FieldAccess.Readers).Resolve(c => c.Source.ContentType);
        Field<NonNullGraphType<StringGraphType>>("contentBase64").Allow(FieldAccess.Readers).Resolve(c => Convert.ToBase64String(c.Source.Content));
    }
}
