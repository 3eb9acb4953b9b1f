using System.Globalization;
using CollectionGrains.Kernel.Documents;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CollectionGrains.Analytics.Reports;

/// <summary>
/// A4 pages for a report (<see cref="ReportPdfContent"/> decides what is on them): a title, key figures in boxes, bar
/// charts (each bar labelled with its value) and ruled tables whose numbers align right; a new page when one is full.
/// </summary>
internal sealed class ReportPdf
{
    private const double Margin = 40, PageWidth = 595, PageHeight = 842, Width = PageWidth - 2 * Margin, RowHeight = 16;
    private static readonly XFont TitleFont = CjkFont.Of(17, XFontStyleEx.Bold), HeadingFont = CjkFont.Of(12, XFontStyleEx.Bold),
        TextFont = CjkFont.Of(9), SmallFont = CjkFont.Of(8), FigureFont = CjkFont.Of(13, XFontStyleEx.Bold);
    private static readonly XBrush Bar = new XSolidBrush(XColor.FromArgb(0x2f, 0x6f, 0xb3)), Shade = new XSolidBrush(XColor.FromArgb(0xee, 0xf2, 0xf7));
    private static readonly XPen Rule = new(XColors.Gray, 0.5);

    private readonly PdfDocument _document = new();
    private XGraphics _page = null!;
    private double _y;

    private ReportPdf(string title)
    {
        _document.Info.Title = title;
        _document.Info.Creator = "CollectionGrains";
        NewPage();
    }

    public static byte[] Write(string title, Action<ReportPdf> content)
    {
        var pdf = new ReportPdf(title);
        content(pdf);
        pdf._page.Dispose();
        using var stream = new MemoryStream();
        pdf._document.Save(stream);
        return stream.ToArray();
    }

    public void Title(string title, string subtitle)
    {
        _page.DrawString(title, TitleFont, XBrushes.Black, new XRect(Margin, _y, Width, 24), XStringFormats.TopCenter);
        _page.DrawString(subtitle, TextFont, XBrushes.DimGray, new XRect(Margin, _y + 26, Width, 14), XStringFormats.TopCenter);
        _y += 50;
    }

    public void Heading(string text)
    {
        Room(RowHeight * 4);
        _page.DrawString(text, HeadingFont, XBrushes.Black, new XRect(Margin, _y, Width, 18), XStringFormats.TopLeft);
        _y += 22;
    }

    /// <summary>Key figures side by side, each a label over its value in a shaded box.</summary>
    public void Figures(IReadOnlyList<(string Label, string Value)> figures)
    {
        var width = Width / figures.Count;
        Room(50);
        for (var i = 0; i < figures.Count; i++)
        {
            var box = new XRect(Margin + i * width + 2, _y, width - 4, 44);
            _page.DrawRectangle(Shade, box);
            _page.DrawString(figures[i].Label, SmallFont, XBrushes.DimGray, new XRect(box.X, box.Y + 5, box.Width, 12), XStringFormats.TopCenter);
            _page.DrawString(figures[i].Value, FigureFont, XBrushes.Black, new XRect(box.X, box.Y + 20, box.Width, 18), XStringFormats.TopCenter);
        }
        _y += 54;
    }

    /// <summary>Horizontal bars, one a row, scaled to the largest value (at least <paramref name="scale"/>), each with its value written after it.</summary>
    public void Bars(IReadOnlyList<(string Label, decimal Value, string Text)> bars, decimal scale)
    {
        var top = Math.Max(scale, bars.Count == 0 ? 0 : bars.Max(b => b.Value));
        const double labelWidth = 130, textWidth = 70;
        foreach (var (label, value, text) in bars)
        {
            Room(RowHeight);
            _page.DrawString(label, TextFont, XBrushes.Black, new XRect(Margin, _y, labelWidth - 6, RowHeight), XStringFormats.CenterRight);
            var length = top <= 0 ? 0 : (double)(Math.Max(value, 0) / top) * (Width - labelWidth - textWidth);
            _page.DrawRectangle(Bar, new XRect(Margin + labelWidth, _y + 3, Math.Max(length, 0.5), RowHeight - 6));
            _page.DrawString(text, TextFont, XBrushes.Black, new XRect(Margin + labelWidth + length + 4, _y, textWidth, RowHeight), XStringFormats.CenterLeft);
            _y += RowHeight;
        }
        _y += 8;
    }

    /// <summary>A ruled table with a shaded header; columns share the width by their longest text; numbers align right. No rows: 无数据.</summary>
    public void Table(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        if (rows.Count == 0)
        {
            Room(RowHeight);
            _page.DrawString("（本期无数据）", TextFont, XBrushes.DimGray, new XRect(Margin, _y, Width, RowHeight), XStringFormats.CenterLeft);
            _y += RowHeight + 10;
            return;
        }
        var natural = headers.Select((h, c) => rows.Select(r => r[c]).Append(h).Max(t => _page.MeasureString(t, TextFont).Width) + 8).ToArray();
        var widths = natural.Select(w => w * Math.Min(1, Width / natural.Sum())).ToArray();
        Row(headers, widths, header: true);
        foreach (var row in rows)
        {
            if (Room(RowHeight))
            {
                Row(headers, widths, header: true);
            }
            Row(row, widths, header: false);
        }
        _y += 10;
    }

    private void Row(IReadOnlyList<string> cells, double[] widths, bool header)
    {
        var x = Margin;
        for (var c = 0; c < cells.Count; c++)
        {
            var cell = new XRect(x, _y, widths[c], RowHeight);
            if (header)
            {
                _page.DrawRectangle(Shade, cell);
            }
            _page.DrawRectangle(Rule, cell);
            var numeric = !header && cells[c].Length > 0 && (cells[c][0] is '¥' or '-' || char.IsAsciiDigit(cells[c][0])) && (cells[c][^1] is '%' || char.IsAsciiDigit(cells[c][^1]));
            _page.DrawString(cells[c], TextFont, XBrushes.Black, new XRect(x + 3, _y, widths[c] - 6, RowHeight),
                numeric ? XStringFormats.CenterRight : XStringFormats.CenterLeft);
            x += widths[c];
        }
        _y += RowHeight;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> more fits on this one; true when it did.</summary>
    private bool Room(double height)
    {
        if (_y + height <= PageHeight - Margin)
        {
            return false;
        }
        _page.Dispose();
        NewPage();
        return true;
    }

    private void NewPage()
    {
        var page = _document.AddPage();
        page.Width = XUnit.FromPoint(PageWidth);
        page.Height = XUnit.FromPoint(PageHeight);
        _page = XGraphics.FromPdfPage(page);
        _y = Margin;
        _page.DrawString(string.Create(CultureInfo.InvariantCulture, $"第 {_document.PageCount} 页"), SmallFont, XBrushes.Gray,
            new XRect(Margin, PageHeight - Margin + 12, Width, 12), XStringFormats.TopCenter);
    }
}
