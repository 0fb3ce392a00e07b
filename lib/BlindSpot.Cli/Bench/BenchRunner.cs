using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace BlindSpot.Cli.Bench;

/// <summary>Runs every stage at every size, each in a child process, and writes the figures as a markdown table.</summary>
public static class BenchRunner
{
    public static IReadOnlyList<StageResult> Run(IReadOnlyList<int> sizes, IReadOnlyList<string> stages, string workRoot, TextWriter log)
    {
        var results = new List<StageResult>();
        foreach (var size in sizes)
        {
            var folder = Path.Combine(workRoot, $"sessions-{size}");
            Directory.CreateDirectory(folder);
            foreach (var stage in stages)
            {
                log.WriteLine($"bench: {stage} at {size:N0} sessions…");
                foreach (var result in RunChild(stage, size, folder))
                {
                    log.WriteLine($"bench: {result.Stage} at {size:N0} sessions: {result.Seconds:F2} s, {result.PeakMiB:N0} MiB peak");
                    results.Add(result);
                }
            }
        }
        return results;
    }

    /// <summary>The results a stage's child process reports, one per line (a stage may measure several steps).</summary>
    private static List<StageResult> RunChild(string stage, int size, string folder)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet") { RedirectStandardOutput = true, RedirectStandardError = false };
        if (Path.GetFileNameWithoutExtension(start.FileName) == "dotnet") start.ArgumentList.Add(typeof(BenchRunner).Assembly.Location);
        foreach (var a in new[] { "bench-stage", stage, size.ToString(CultureInfo.InvariantCulture), folder }) start.ArgumentList.Add(a);
        using var child = Process.Start(start) ?? throw new InvalidOperationException("could not start the bench stage process");
        var results = new List<StageResult>();
        string? line;
        while ((line = child.StandardOutput.ReadLine()) is not null)
            if (StageResult.Parse(line) is { } result) results.Add(result);
        child.WaitForExit();
        if (child.ExitCode != 0 || results.Count == 0)
            throw new InvalidOperationException($"bench stage '{stage}' at {size} sessions failed (exit {child.ExitCode}).");
        return results;
    }

    public static string Markdown(IReadOnlyList<StageResult> results)
    {
        var table = new StringBuilder();
        table.AppendLine("| stage | sessions | turns | wall time (s) | turns/s | peak memory (MiB) |");
        table.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var r in results)
            table.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Stage} | {r.Sessions:N0} | {r.Turns:N0} | {r.Seconds:F2} | {r.TurnsPerSecond:N0} | {r.PeakMiB:N0} |"));
        return table.ToString();
    }
}
