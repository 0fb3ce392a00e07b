using System.Diagnostics;
using System.Globalization;
using System.Text;
using BlindSpot.Core;

namespace BlindSpot.Cli.Bench;

/// <summary>Runs every stage at every size, each in a child process, and writes the figures as a markdown table.</summary>
public static class BenchRunner
{
    /// <summary>
    /// With <paramref name="repeat"/> above 1 the stages run in rounds (simulate only in the first: it writes the data
    /// the others read), so that each stage and the peer it is compared with run back to back in every round and a slow
    /// moment of the machine falls on both; each stage reports the median of its runs.
    /// </summary>
    public static IReadOnlyList<StageResult> Run(IReadOnlyList<int> sizes, IReadOnlyList<string> stages, string workRoot, TextWriter log, int repeat = 1,
                                                 DuckDbOptions? duckDb = null)
    {
        if (repeat < 1) throw new ArgumentOutOfRangeException(nameof(repeat), "at least one run of each stage");
        var results = new List<StageResult>();
        foreach (var size in sizes)
        {
            var folder = Path.Combine(workRoot, $"sessions-{size}");
            Directory.CreateDirectory(folder);
            var runs = new Dictionary<string, List<StageResult>>();
            var order = new List<string>();
            for (var round = 1; round <= repeat; round++)
            {
                foreach (var stage in stages.Where(s => round == 1 || s != "simulate"))
                {
                    var which = repeat == 1 ? "" : $" (round {round} of {repeat})";
                    log.WriteLine($"bench: {stage} at {size:N0} sessions{which}…");
                    FileSystemFlush.WrittenDataToDisk();
                    foreach (var result in RunChild(stage, size, folder, duckDb))
                    {
                        log.WriteLine($"bench: {result.Stage} at {size:N0} sessions{which}: {result.Seconds:F2} s, {result.PeakMiB:N0} MiB peak");
                        if (!runs.TryGetValue(result.Stage, out var list)) { runs[result.Stage] = list = []; order.Add(result.Stage); }
                        list.Add(result);
                    }
                }
            }
            results.AddRange(order.Select(stage => runs[stage].Count == 1 ? runs[stage][0] : StageResult.Median(runs[stage])));
        }
        return results;
    }

    /// <summary>The results a stage's child process reports, one per line (a stage may measure several steps).</summary>
    private static List<StageResult> RunChild(string stage, int size, string folder, DuckDbOptions? duckDb)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet") { RedirectStandardOutput = true, RedirectStandardError = false };
        if (Path.GetFileNameWithoutExtension(start.FileName) == "dotnet") start.ArgumentList.Add(typeof(BenchRunner).Assembly.Location);
        foreach (var a in new[] { "bench-stage", stage, size.ToString(CultureInfo.InvariantCulture), folder }) start.ArgumentList.Add(a);
        foreach (var a in ChildOptions(duckDb)) start.ArgumentList.Add(a);
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

    /// <summary>The memory limit and database file a child stage is given (what <c>bench</c> was given).</summary>
    public static IEnumerable<string> ChildOptions(DuckDbOptions? duckDb)
    {
        if (duckDb?.MemoryLimitOrNull is { } limit) yield return $"--memory-limit={limit}";
        if (duckDb?.DatabaseFileOrNull is { } file) yield return $"--database={Path.GetFullPath(file)}";
    }

    /// <summary>
    /// One row per result; where a peer was measured at the same size, the ratio of our time to the peer's (below 1:
    /// we are faster) on the stage it is compared with, or on a row adding up the stages (e.g. import + features).
    /// </summary>
    public static string Markdown(IReadOnlyList<StageResult> results, IReadOnlyList<string>? notes = null)
    {
        var table = new StringBuilder();
        var repeated = results.Any(r => r.Runs > 1);
        table.AppendLine(repeated
            ? "| stage | sessions | turns | wall time (s), median | fastest – slowest (s) | turns/s | peak memory (MiB) | ratio to peer |"
            : "| stage | sessions | turns | wall time (s) | turns/s | peak memory (MiB) | ratio to peer |");
        table.AppendLine(repeated ? "|---|---:|---:|---:|---:|---:|---:|---:|" : "|---|---:|---:|---:|---:|---:|---:|");
        foreach (var size in results.Select(r => r.Sessions).Distinct())
        {
            var group = results.Where(r => r.Sessions == size).ToList();
            foreach (var r in group)
            {
                var comparisons = Comparisons(group).Where(c => c.Ours[^1] == r).ToList();
                var single = comparisons.FirstOrDefault(c => c.Ours.Count == 1);
                table.AppendLine(Row(r, single is null ? "" : RatioText(single), repeated));
                foreach (var c in comparisons.Where(c => c.Ours.Count > 1))
                {
                    var sum = new StageResult(string.Join(" + ", c.Ours.Select(o => o.Stage)), r.Sessions, r.Turns,
                                              Math.Round(c.Ours.Sum(o => o.Seconds), 2), c.Ours.Max(o => o.PeakMiB));
                    table.AppendLine(Row(sum, RatioText(c), repeated));
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
            var measured = group.FirstOrDefault(r => r.Stage == peer || r.Stage.StartsWith(peer + " ", StringComparison.Ordinal));
            var ours = PeerStages.ComparedWith(peer).Select(s => group.FirstOrDefault(r => r.Stage == s)).ToList();
            if (measured is null || measured.Seconds <= 0 || ours.Any(o => o is null)) continue;
            yield return new Comparison(ours!, measured, peer);
        }
    }

    private static string RatioText(Comparison c) => string.Create(CultureInfo.InvariantCulture, $"{c.Ratio:F2} × {c.PeerName}");

    private static string Row(StageResult r, string ratio, bool repeated)
    {
        var spread = !repeated ? "" : r.Runs > 1 ? string.Create(CultureInfo.InvariantCulture, $" {r.FastestSeconds:F2} – {r.SlowestSeconds:F2} |") : "  |";
        return string.Create(CultureInfo.InvariantCulture,
            $"| {r.Stage} | {r.Sessions:N0} | {r.Turns:N0} | {r.Seconds:F2} |{spread} {r.TurnsPerSecond:N0} | {r.PeakMiB:N0} | {ratio} |");
    }
}
