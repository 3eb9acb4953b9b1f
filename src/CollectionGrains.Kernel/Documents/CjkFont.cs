using System.Buffers.Binary;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace CollectionGrains.Kernel.Documents;

/// <summary>
/// The one font our PDFs (notices, letters, door labels, analysis reports) are written in: WenQuanYi Zen Hei (Debian's fonts-wqy-zenhei, installed by deploy/fonts.sh), or
/// the TrueType font named by <c>CG_PDF_FONT</c>. It covers Chinese, Latin and ¥. PDFsharp reads single fonts, so the
/// first face of a collection (.ttc) is taken out as a font of its own; bold is drawn by PDFsharp's emboldening.
/// </summary>
public sealed class CjkFont : IFontResolver
{
    public const string Family = "CjkFont";
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private const string DefaultPath = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";
    private static readonly Lazy<byte[]> Face = new(Load);

    static CjkFont() => GlobalFontSettings.FontResolver ??= new CjkFont();

    /// <summary>The font at a size and style, with Unicode encoding (every character drawn from the one face).</summary>
    public static XFont Of(double size, XFontStyleEx style = XFontStyleEx.Regular) => new(Family, size, style, Unicode);

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(Family, bold, italic);

    public byte[] GetFont(string faceName) => Face.Value;

    private static byte[] Load()
    {
        var path = Environment.GetEnvironmentVariable("CG_PDF_FONT") is { Length: > 0 } chosen ? chosen : DefaultPath;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"the PDFs' font {path} is missing: deploy/fonts.sh installs it (Debian's fonts-wqy-zenhei), or set CG_PDF_FONT");
        }
        return FirstFace(File.ReadAllBytes(path));
    }

    /// <summary>A TrueType collection's first face as a font file of its own (its table directory, then its tables); a single font as it is.</summary>
    public static byte[] FirstFace(byte[] file)
    {
        if (BinaryPrimitives.ReadUInt32BigEndian(file) != 0x74746366) // 'ttcf'
        {
            return file;
        }
        var face = (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(12));
        int tableCount = BinaryPrimitives.ReadUInt16BigEndian(file.AsSpan(face + 4));
        var directoryLength = 12 + 16 * tableCount;
        var tables = Enumerable.Range(0, tableCount).Select(i => face + 12 + 16 * i)
            .Select(record => (Offset: (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(record + 8)), Length: (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(record + 12))))
            .ToList();
        var font = new byte[directoryLength + tables.Sum(t => (t.Length + 3) & ~3)];
        file.AsSpan(face, directoryLength).CopyTo(font);
        var at = directoryLength;
        for (var i = 0; i < tables.Count; i++)
        {
            file.AsSpan(tables[i].Offset, tables[i].Length).CopyTo(font.AsSpan(at));
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(12 + 16 * i + 8), (uint)at);
            at += (tables[i].Length + 3) & ~3;
        }
        return font;
    }
}
