using System.Text.Json;
using System.Text.Json.Serialization;

namespace BlindSpot.Cli.Bench;

/// <summary>
/// One measured stage (or step of one) at one size: what the child process reports on a line of its own. Measured in
/// several runs, it holds the median wall time, the fastest and slowest, and the highest peak.
/// </summary>
public sealed record StageResult(string Stage, int Sessions, long Turns, double Seconds, long PeakMiB)
{
    // set by the runner from several children's lines, never part of a line
    [JsonIgnore] public int Runs { get; init; } = 1;
    [JsonIgnore] public double FastestSeconds { get; init; } = Seconds;
    [JsonIgnore] public double SlowestSeconds { get; init; } = Seconds;

    public const string Marker = "BENCH ";

    public double TurnsPerSecond => Seconds > 0 ? Turns / Seconds : 0;

    public string ToLine() => Marker + JsonSerializer.Serialize(this);

    /// <summary>The runs of one stage as one result: the median wall time (of the middle two for an even count), the highest peak.</summary>
    public static StageResult Median(IReadOnlyList<StageResult> runs)
    {
        if (runs.Count == 0) throw new ArgumentException("no run to summarise", nameof(runs));
        var seconds = runs.Select(r => r.Seconds).Order().ToList();
        var middle = seconds.Count / 2;
        var median = seconds.Count % 2 == 1 ? seconds[middle] : Math.Round((seconds[middle - 1] + seconds[middle]) / 2, 2);
        return runs[0] with
        {
            Seconds = median, PeakMiB = runs.Max(r => r.PeakMiB), Runs = runs.Count, FastestSeconds = seconds[0], SlowestSeconds = seconds[^1],
        };
    }

    public static StageResult? Parse(string line) =>
        line.StartsWith(Marker, StringComparison.Ordinal) ? JsonSerializer.Deserialize<StageResult>(line[Marker.Length..]) : null;
}
