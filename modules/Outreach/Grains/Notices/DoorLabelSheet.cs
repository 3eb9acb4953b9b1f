using CollectionGrains.Kernel.Documents;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CollectionGrains.Outreach.Notices;

/// <summary>
/// 门牌二维码标签: A4 sheets of door labels, 3 × 5 per page — the building, the room, and the household's door code as a
/// QR code drawn in squares (it prints sharp at any size), cut along the grey lines and stuck inside the door frame.
/// </summary>
internal static class DoorLabelSheet
{
    private const double PageWidth = 595, PageHeight = 842, Margin = 28, Columns = 3, Rows = 5;
    private const double LabelWidth = (PageWidth - 2 * Margin) / Columns, LabelHeight = (PageHeight - 2 * Margin) / Rows;
    private static readonly XFont RoomFont = CjkFont.Of(14, XFontStyleEx.Bold), SmallFont = CjkFont.Of(8);

    public static byte[] Write(string buildingName, IReadOnlyList<(string Room, string Code)> labels)
    {
        using var document = new PdfDocument();
        document.Info.Title = $"{buildingName} 门牌二维码";
        document.Info.Creator = "CollectionGrains";
        XGraphics? page = null;
        for (var i = 0; i < labels.Count; i++)
        {
            var slot = i % (int)(Columns * Rows);
            if (slot == 0)
            {
                page?.Dispose();
                page = XGraphics.FromPdfPage(document.AddPage());
            }
            Label(page!, Margin + slot % (int)Columns * LabelWidth, Margin + slot / (int)Columns * LabelHeight, buildingName, labels[i]);
        }
        page?.Dispose();
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    private static void Label(XGraphics page, double x, double y, string buildingName, (string Room, string Code) label)
    {
        page.DrawRectangle(new XPen(XColors.LightGray, 0.5) { DashStyle = XDashStyle.Dash }, x, y, LabelWidth, LabelHeight);
        page.DrawString($"{buildingName} {label.Room}", RoomFont, XBrushes.Black, new XRect(x + 8, y + 8, LabelWidth - 16, 18), XStringFormats.TopCenter);
        var modules = QrCodes.Modules(label.Code);
        var module = Math.Min(LabelWidth - 24, LabelHeight - 56) / modules.Length;
        var left = x + (LabelWidth - modules.Length * module) / 2;
        var top = y + 30;
        for (var row = 0; row < modules.Length; row++)
        {
            for (var column = 0; column < modules[row].Length; column++)
            {
                if (modules[row][column])
                {
                    page.DrawRectangle(XBrushes.Black, left + column * module, top + row * module, module, module);
                }
            }
        }
        page.DrawString("物业上门服务签到码 · 请勿撕毁", SmallFont, XBrushes.Black,
            new XRect(x + 8, top + modules.Length * module + 4, LabelWidth - 16, 12), XStringFormats.TopCenter);
    }
}
