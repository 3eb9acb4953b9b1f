using System.Net;
using System.Text;

namespace CollectionGrains.Outreach.Notices;

/// <summary>A notice's markup as an HTML fragment for the screen, with the QR code as an image of the pay link.</summary>
internal static class NoticeHtml
{
    public static string Write(IReadOnlyList<NoticeBlock> blocks, string? qrCodeUrl)
    {
        var html = new StringBuilder("<article class=\"notice\">");
        foreach (var block in blocks)
        {
            var text = WebUtility.HtmlEncode(block.Text);
            html.Append(block.Kind switch
            {
                NoticeBlockKind.Title => $"<h1>{text}</h1>",
                NoticeBlockKind.Heading => $"<h2>{text}</h2>",
                NoticeBlockKind.Paragraph => $"<p>{text}</p>",
                NoticeBlockKind.Right => $"<p style=\"text-align:right\">{text}</p>",
                NoticeBlockKind.QrCode => qrCodeUrl is null ? "" : $"<p><img src=\"{WebUtility.HtmlEncode(qrCodeUrl)}\" alt=\"扫码缴费\" width=\"160\" height=\"160\"><br>扫码缴费</p>",
                _ => Table(block.Rows),
            });
        }
        return html.Append("</article>").ToString();
    }

    private static string Table(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var html = new StringBuilder("<table>");
        for (var i = 0; i < rows.Count; i++)
        {
            var cell = i == 0 ? "th" : "td";
            html.Append("<tr>");
            foreach (var value in rows[i])
            {
                html.Append($"<{cell}>{WebUtility.HtmlEncode(value)}</{cell}>");
            }
            html.Append("</tr>");
        }
        return html.Append("</table>").ToString();
    }
}
