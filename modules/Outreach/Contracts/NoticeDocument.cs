namespace CollectionGrains.Outreach;

/// <summary>A stored notice's documents: the PDF as sent, and the same text as HTML for the screen.</summary>
[GenerateSerializer, Immutable, Alias("outreach.NoticeDocument")]
public sealed record NoticeDocument(
    [property: Id(0)] Notice Notice,
    [property: Id(1)] byte[] Pdf,
    [property: Id(2)] string Html);
