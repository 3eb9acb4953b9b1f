namespace CollectionGrains.Outreach.Notices;

/// <summary>
/// Reads the plain markup a notice template renders to (see <see cref="NoticeTemplate"/>) into blocks that the PDF and
/// HTML writers lay out the same way: one text, two looks.
/// </summary>
internal static class NoticeMarkup
{
    public const string QrCodeLine = "[二维码]";

    public static IReadOnlyList<NoticeBlock> Parse(string text)
    {
        var blocks = new List<NoticeBlock>();
        var paragraph = new List<string>();
        var table = new List<IReadOnlyList<string>>();
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            if (!line.StartsWith('|') || line.Length < 2)
            {
                Flush(table, rows => blocks.Add(new NoticeBlock(NoticeBlockKind.Table, "", rows)));
            }
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith('|') || line.StartsWith(">>", StringComparison.Ordinal) || line == QrCodeLine)
            {
                Flush(paragraph, lines => blocks.Add(NoticeBlock.Of(NoticeBlockKind.Paragraph, string.Concat(lines))));
            }
            switch (line)
            {
                case "":
                    break;
                case QrCodeLine:
                    blocks.Add(NoticeBlock.Of(NoticeBlockKind.QrCode, ""));
                    break;
                case var _ when line.StartsWith("## ", StringComparison.Ordinal):
                    blocks.Add(NoticeBlock.Of(NoticeBlockKind.Heading, line[3..].Trim()));
                    break;
                case var _ when line.StartsWith("# ", StringComparison.Ordinal):
                    blocks.Add(NoticeBlock.Of(NoticeBlockKind.Title, line[2..].Trim()));
                    break;
                case var _ when line.StartsWith(">>", StringComparison.Ordinal):
                    blocks.Add(NoticeBlock.Of(NoticeBlockKind.Right, line[2..].Trim()));
                    break;
                case var _ when line.StartsWith('|') && line.Length >= 2:
                    table.Add([.. line.Trim('|').Split('|').Select(cell => cell.Trim())]);
                    break;
                default:
                    paragraph.Add(line);
                    break;
            }
        }
        Flush(table, rows => blocks.Add(new NoticeBlock(NoticeBlockKind.Table, "", rows)));
        Flush(paragraph, lines => blocks.Add(NoticeBlock.Of(NoticeBlockKind.Paragraph, string.Concat(lines))));
        return blocks;
    }

    private static void Flush<T>(List<T> pending, Action<List<T>> add)
    {
        if (pending.Count > 0)
        {
            add([.. pending]);
            pending.Clear();
        }
    }
}
