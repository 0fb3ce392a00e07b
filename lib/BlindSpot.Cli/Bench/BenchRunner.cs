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

    /// <summary>
    /// One row per result; where a peer was measured at the same size, the ratio of our time to the peer's (below 1:
    /// we are faster) on the stage it is compared with, or on a row adding up the stages (e.g. import + features).
    /// </summary>
    public static string Markdown(IReadOnlyList<StageResult> results, IReadOnlyList<string>? notes = null)
    {
        var table = new StringBuilder();
        table.AppendLine("| stage | sessions | turns | wall time (s) | turns/s | peak memory (MiB) | ratio to peer |");
        table.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var size in results.Select(r => r.Sessions).Distinct())
        {
            var group = results.Where(r => r.Sessions == size).ToList();
            foreach (var r in group)
            {
                var comparisons = Comparisons(group).Where(c => c.Ours[^1] == r).ToList();
                var single = comparisons.FirstOrDefault(c => c.Ours.Count == 1);
                table.AppendLine(Row(r, single is null ? "" : RatioText(single)));
                foreach (var c in comparisons.Where(c => c.Ours.Count > 1))
                {
                    var sum = new StageResult(string.Join(" + ", c.Ours.Select(o => o.Stage)), r.Sessions, r.Turns,
                                              Math.Round(c.Ours.Sum(o => o.Seconds), 2), c.Ours.Max(o => o.PeakMiB));
                    table.AppendLine(Row(sum, RatioText(c)));
                }
            }
        }
        foreach (var note in notes ?? []) table.AppendLine().AppendLine(note);
        return table.ToString();
    }

    private sealed record Comparison(IReadOnlyList<StageResult> Ours, StageResult Peer, string PeerName)
    {
        public double Ratio => Ours.Sum(o => o.Seconds) / Peer.Seconds;
    }

    private static IEnumerable<Comparison> Comparisons(IReadOnlyList<StageResult> group)
    {
        foreach (var peer in PeerStages.All)
        {
            var measured = group.FirstOrDefault(r => r.Stage.StartsWith(peer, StringComparison.Ordinal));
            var ours = PeerStages.ComparedWith(peer).Select(s => group.FirstOrDefault(r => r.Stage == s)).ToList();
            if (measured is null || measured.Seconds <= 0 || ours.Any(o => o is null)) continue;
            yield return new Comparison(ours!, measured, peer);
        }
    }

    private static string RatioText(Comparison c) => string.Create(CultureInfo.InvariantCulture, $"{c.Ratio:F2} × {c.PeerName}");

    private static string Row(StageResult r, string ratio) => string.Create(CultureInfo.InvariantCulture,
        $"| {r.Stage} | {r.Sessions:N0} | {r.Turns:N0} | {r.Seconds:F2} | {r.TurnsPerSecond:N0} | {r.PeakMiB:N0} | {ratio} |");
}
