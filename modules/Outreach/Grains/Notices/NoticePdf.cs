using CollectionGrains.Kernel.Documents;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CollectionGrains.Outreach.Notices;

/// <summary>
/// A notice's markup laid out on A4 pages: text wrapped character by character (Chinese has no spaces to break at),
/// tables with ruled cells and amounts aligned right, the pay link's QR code drawn as squares so it prints sharp.
/// </summary>
internal sealed class NoticePdf
{
    private const double Margin = 56, PageWidth = 595, PageHeight = 842, Width = PageWidth - 2 * Margin, QrModule = 2.4;
    private static readonly XFont TitleFont = Font(18, XFontStyleEx.Bold), HeadingFont = Font(13, XFontStyleEx.Bold), TextFont = Font(11, XFontStyleEx.Regular);

    private readonly PdfDocument _document = new();
    private XGraphics _page = null!;
    private double _y;

    public static byte[] Write(IReadOnlyList<NoticeBlock> blocks, string? payLinkUrl, string title)
    {
        var pdf = new NoticePdf();
        pdf._document.Info.Title = title;
        pdf._document.Info.Creator = "CollectionGrains";
        pdf.NewPage();
        foreach (var block in blocks)
        {
            pdf.Draw(block, payLinkUrl);
        }
        pdf._page.Dispose();
        using var stream = new MemoryStream();
        pdf._document.Save(stream);
        return stream.ToArray();
    }

    private void Draw(NoticeBlock block, string? payLinkUrl)
    {
        switch (block.Kind)
        {
            case NoticeBlockKind.Title:
                Lines(block.Text, TitleFont, XStringFormats.TopCenter, after: 12);
                break;
            case NoticeBlockKind.Heading:
                Lines(block.Text, HeadingFont, XStringFormats.TopLeft, after: 6);
                break;
            case NoticeBlockKind.Right:
                Lines(block.Text, TextFont, XStringFormats.TopRight, after: 4);
                break;
            case NoticeBlockKind.QrCode when payLinkUrl is not null:
                QrCode(payLinkUrl);
                break;
            case NoticeBlockKind.Table:
                Table(block.Rows);
                break;
            case NoticeBlockKind.Paragraph:
                Lines("　　" + block.Text, TextFont, XStringFormats.TopLeft, after: 6);
                break;
        }
    }

    private void Lines(string text, XFont font, XStringFormat format, double after)
    {
        var height = font.GetHeight() * 1.35;
        foreach (var line in Wrap(text, font, Width))
        {
            Room(height);
            _page.DrawString(line, font, XBrushes.Black, new XRect(Margin, _y, Width, height), format);
            _y += height;
        }
        _y += after;
    }

    private void Table(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var columns = rows.Max(r => r.Count);
        var natural = Enumerable.Range(0, columns)
            .Select(c => rows.Max(r => c < r.Count ? _page.MeasureString(r[c], TextFont).Width : 0) + 10).ToArray();
        var scale = Math.Min(1, Width / natural.Sum());
        var widths = natural.Select(w => w * scale + (Width - natural.Sum() * scale) / columns).ToArray();
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = Enumerable.Range(0, columns).Select(c => Wrap(c < rows[i].Count ? rows[i][c] : "", TextFont, widths[c] - 8)).ToList();
            var height = cells.Max(c => c.Count) * TextFont.GetHeight() * 1.3 + 6;
            Room(height);
            var x = Margin;
            for (var c = 0; c < columns; c++)
            {
                if (i == 0)
                {
                    _page.DrawRectangle(XBrushes.WhiteSmoke, x, _y, widths[c], height);
                }
                _page.DrawRectangle(XPens.Gray, x, _y, widths[c], height);
                var numeric = i > 0 && cells[c].Count == 1 && (cells[c][0].StartsWith('¥') || cells[c][0].StartsWith('-'));
                for (var l = 0; l < cells[c].Count; l++)
                {
                    _page.DrawString(cells[c][l], i == 0 ? Font(11, XFontStyleEx.Bold) : TextFont, XBrushes.Black,
                        new XRect(x + 4, _y + 3 + l * TextFont.GetHeight() * 1.3, widths[c] - 8, TextFont.GetHeight() * 1.3),
                        numeric ? XStringFormats.TopRight : XStringFormats.TopLeft);
                }
                x += widths[c];
            }
            _y += height;
        }
        _y += 8;
    }

    private void QrCode(string url)
    {
        var modules = QrCodes.Modules(url);
        var size = modules.Length * QrModule;
        Room(size + 20);
        for (var row = 0; row < modules.Length; row++)
        {
            for (var column = 0; column < modules[row].Length; column++)
            {
                if (modules[row][column])
                {
                    _page.DrawRectangle(XBrushes.Black, Margin + column * QrModule, _y + row * QrModule, QrModule, QrModule);
                }
            }
        }
        _page.DrawString("微信扫码，查看欠费并在线缴纳", TextFont, XBrushes.Black, new XRect(Margin + size + 12, _y + size / 2 - 8, Width - size - 12, 16), XStringFormats.TopLeft);
        _y += size + 12;
    }

    /// <summary>Starts a new page when the next thing would run past the bottom margin.</summary>
    private void Room(double height)
    {
        if (_y + height > PageHeight - Margin)
        {
            _page.Dispose();
            NewPage();
        }
    }

    private void NewPage()
    {
        var page = _document.AddPage();
        page.Width = XUnit.FromPoint(PageWidth);
        page.Height = XUnit.FromPoint(PageHeight);
        _page = XGraphics.FromPdfPage(page);
        _y = Margin;
    }

    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        var (start, used) = (0, 0.0);
        for (var i = 0; i < text.Length; i++)
        {
            var advance = _page.MeasureString(text[i].ToString(), font).Width;
            if (used + advance > width && i > start)
            {
                lines.Add(text[start..i]);
                (start, used) = (i, 0.0);
            }
            used += advance;
        }
        lines.Add(text[start..]);
        return lines;
    }

    private static XFont Font(double size, XFontStyleEx style) => CjkFont.Of(size, style);
}
