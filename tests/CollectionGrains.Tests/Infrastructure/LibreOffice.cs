namespace CollectionGrains.Tests.Infrastructure;

/// <summary>
/// Debian's LibreOffice, headless (tests/run.sh installs it): makes the files an office really sends from a sheet, and
/// opens the files this project writes as another program would.
/// </summary>
public static class LibreOffice
{
    /// <summary>A GB18030 CSV as Chinese Excel and LibreOffice save it (85 is LibreOffice's code for GB18030).</summary>
    public const string Gb18030Csv = "csv:Text - txt - csv (StarCalc):44,34,85";

    public static async Task<byte[]> ConvertAsync(byte[] content, string extension, string target)
    {
        var folder = Directory.CreateTempSubdirectory("cg-office-").FullName;
        try
        {
            var input = Path.Combine(folder, $"in.{extension}");
            await File.WriteAllBytesAsync(input, content);
            var result = await ProcessRunner.RunAsync("soffice",
                [$"-env:UserInstallation=file://{folder}/profile", "--headless", "--convert-to", target, "--outdir", Path.Combine(folder, "out"), input],
                TimeSpan.FromMinutes(2));
            var output = Directory.Exists(Path.Combine(folder, "out")) ? Directory.GetFiles(Path.Combine(folder, "out")).SingleOrDefault() : null;
            Assert.True(output is not null, $"soffice made no file (exit {result.ExitCode}): {result.Output} {result.Error}");
            return await File.ReadAllBytesAsync(output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
