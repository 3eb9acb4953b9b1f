namespace CollectionGrains.Outreach.Notices;

internal enum NoticeBlockKind
{
    Title,
    Heading,
    Paragraph,
    Table,
    QrCode,
    Right,
}
