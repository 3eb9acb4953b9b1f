namespace CollectionGrains.Outreach.Notices;

/// <summary>One block of a notice's markup: a title, a heading, a paragraph, a table, the QR code or a right-aligned line.</summary>
internal sealed record NoticeBlock(NoticeBlockKind Kind, string Text, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public static NoticeBlock Of(NoticeBlockKind kind, string text) => new(kind, text, []);
}
