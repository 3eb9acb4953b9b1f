using System.Diagnostics;

namespace CollectionGrains.Benchmarks;

/// <summary>The real silo program (built by tests/bench.sh into .artifacts/silo-scale) as a child process, stopped with SIGTERM.</summary>
internal sealed class SiloProcess(Process process, string url) : IAsyncDisposable
{
    public int Pid => process.Id;

    public static async Task<SiloProcess> StartAsync(string dll, string url, IReadOnlyDictionary<string, string> environment, string log)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)!, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(dll);
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }
        var process = Process.Start(info) ?? throw new InvalidOperationException("the silo did not start");
        // Several silos may share one log: each line says when and from which silo (its HTTP port).
        var writer = new StreamWriter(log, append: true) { AutoFlush = true };
        var label = new Uri(url).Port;
        void Write(string? line)
        {
            if (line is not null)
            {
                lock (writer)
                {
                    writer.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} {label} {line}");
                }
            }
        }
        process.OutputDataReceived += (_, e) => Write(e.Data);
        process.ErrorDataReceived += (_, e) => Write(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var silo = new SiloProcess(process, url);
        await silo.WaitHealthyAsync(TimeSpan.FromMinutes(5));
        return silo;
    }

    public async Task WaitHealthyAsync(TimeSpan within)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var until = DateTime.UtcNow + within;
        while (DateTime.UtcNow < until)
        {
            try
            {
                if ((await http.GetAsync($"{url}/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the silo exited with {process.ExitCode}");
            }
            await Task.Delay(200);
        }
        throw new TimeoutException("the silo did not become healthy");
    }

    /// <summary>Resident memory of the silo process (VmRSS), in bytes.</summary>
    public long ResidentBytes() =>
        File.ReadLines($"/proc/{process.Id}/status").Where(l => l.StartsWith("VmRSS:", StringComparison.Ordinal))
            .Select(l => long.Parse(l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[1]) * 1024).First();

    /// <summary>SIGKILL: the process ends at once, as in a crash.</summary>
    public void Kill() => process.Kill();

    /// <summary>SIGTERM, then waits for the graceful exit.</summary>
    public async Task StopAsync()
    {
        if (process.HasExited)
        {
            return;
        }
        Process.Start("kill", ["-TERM", process.Id.ToString()])!.WaitForExit();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        process.Dispose();
    }
}
