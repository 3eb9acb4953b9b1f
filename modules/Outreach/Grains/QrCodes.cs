using QRCoder;

namespace CollectionGrains.Outreach;

/// <summary>QR codes of addresses (error correction M: a printed code still scans with a crease or a smudge).</summary>
internal static class QrCodes
{
    /// <summary>A PNG with a quiet zone, 8 pixels a module: big enough for a phone to read off a screen.</summary>
    public static byte[] Png(string text) => new PngByteQRCode(Data(text)).GetGraphic(8);

    /// <summary>The dark modules, row by row, with the quiet zone: what a PDF draws as squares.</summary>
    public static bool[][] Modules(string text) => [.. Data(text).ModuleMatrix.Select(row => row.Cast<bool>().ToArray())];

    private static QRCodeData Data(string text) => QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
}
