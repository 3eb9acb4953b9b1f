namespace CollectionGrains.Tests.Infrastructure;

/// <summary>
/// Reads what the system printed with tools that are not ours (Debian's poppler-utils and zbar-tools, installed by
/// deploy/test-tools.sh): the text of a PDF, and the QR codes seen in an image or on a PDF's pages.
/// </summary>
public static class PrintedDocuments
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    public static async Task<string> PdfTextAsync(byte[] pdf)
    {
        using var file = new ScratchFile(".pdf", pdf);
        return (await RunAsync("pdftotext", ["-layout", file.Path, "-"])).Output;
    }

    /// <summary>Every QR code on the image (PNG or JPEG), as decoded text.</summary>
    public static async Task<IReadOnlyList<string>> QrCodesInImageAsync(byte[] image)
    {
        using var file = new ScratchFile(".png", image);
        return Lines((await RunAsync("zbarimg", ["-q", "--raw", file.Path], allowExitCode: 4)).Output);
    }

    /// <summary>Every QR code on the PDF's pages, rendered at 150 dpi as a printer would.</summary>
    public static async Task<IReadOnlyList<string>> QrCodesInPdfAsync(byte[] pdf)
    {
        using var file = new ScratchFile(".pdf", pdf);
        var prefix = file.Path + "-page";
        await RunAsync("pdftoppm", ["-r", "150", "-png", file.Path, prefix]);
        var pages = Directory.GetFiles(Path.GetDirectoryName(prefix)!, Path.GetFileName(prefix) + "*.png");
        try
        {
            var codes = new List<string>();
            foreach (var page in pages.Order())
            {
                codes.AddRange(Lines((await RunAsync("zbarimg", ["-q", "--raw", page], allowExitCode: 4)).Output));
            }
            return codes;
        }
        finally
        {
            foreach (var page in pages)
            {
                File.Delete(page);
            }
        }
    }

    private static IReadOnlyList<string> Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Runs the tool; zbarimg exits 4 when it found no code, which is an answer, not a failure.</summary>
    private static async Task<ProcessRunner.Result> RunAsync(string tool, string[] arguments, int? allowExitCode = null)
    {
        var result = await ProcessRunner.RunAsync(tool, arguments, Timeout);
        Assert.True(result.ExitCode == 0 || result.ExitCode == allowExitCode, $"{tool} exited {result.ExitCode}: {result.Error}");
        return result;
    }

    private sealed class ScratchFile : IDisposable
    {
        public ScratchFile(string extension, byte[] content)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"cg-{Guid.NewGuid():N}{extension}");
            File.WriteAllBytes(Path, content);
        }

        public string Path { get; }

        public void Dispose() => File.Delete(Path);
    }
}
