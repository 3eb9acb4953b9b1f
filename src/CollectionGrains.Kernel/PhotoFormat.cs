using System.Buffers.Binary;

namespace CollectionGrains.Kernel;

/// <summary>
/// Whether bytes are a real JPEG or PNG, read from the image's own structure rather than a name: a JPEG's segments up
/// to its frame header with a width and height, a PNG's signature, header chunk with its size, and end chunk. A text
/// file renamed .jpg, or a truncated upload, is neither.
/// </summary>
public static class PhotoFormat
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>image/jpeg or image/png, else null.</summary>
    public static string? ContentType(ReadOnlySpan<byte> image) =>
        IsJpeg(image) ? "image/jpeg" : IsPng(image) ? "image/png" : null;

    private static bool IsJpeg(ReadOnlySpan<byte> image)
    {
        if (image.Length < 4 || image[0] != 0xFF || image[1] != 0xD8)
        {
            return false;
        }
        var at = 2;
        var framed = false;
        while (at + 4 <= image.Length && image[at] == 0xFF)
        {
            var marker = image[at + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(image[(at + 2)..]);
            if (length < 2 || at + 2 + length > image.Length)
            {
                return false;
            }
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                framed = length >= 7 && BinaryPrimitives.ReadUInt16BigEndian(image[(at + 5)..]) > 0 && BinaryPrimitives.ReadUInt16BigEndian(image[(at + 7)..]) > 0;
            }
            if (marker == 0xDA)
            {
                // Start of scan: the compressed image follows; it must end with the end-of-image marker.
                return framed && image.IndexOf([(byte)0xFF, (byte)0xD9]) > at;
            }
            at += 2 + length;
        }
        return false;
    }

    private static bool IsPng(ReadOnlySpan<byte> image) =>
        image.Length >= 45 && image[..8].SequenceEqual(PngSignature)
        && BinaryPrimitives.ReadUInt32BigEndian(image[8..]) == 13 && image[12..16].SequenceEqual("IHDR"u8)
        && BinaryPrimitives.ReadUInt32BigEndian(image[16..]) > 0 && BinaryPrimitives.ReadUInt32BigEndian(image[20..]) > 0
        && image[^8..^4].SequenceEqual("IEND"u8);
}
