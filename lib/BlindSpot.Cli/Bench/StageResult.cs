using System.Text.Json;

namespace BlindSpot.Cli.Bench;

/// <summary>One measured stage (or step of one) at one size: what the child process reports on a line of its own.</summary>
public sealed record StageResult(string Stage, int Sessions, long Turns, double Seconds, long PeakMiB)
{
    public const string Marker = "BENCH ";

    public double TurnsPerSecond => Seconds > 0 ? Turns / Seconds : 0;

    public string ToLine() => Marker + JsonSerializer.Serialize(this);

    public static StageResult? Parse(string line) =>
        line.StartsWith(Marker, StringComparison.Ordinal) ? JsonSerializer.Deserialize<StageResult>(line[Marker.Length..]) : null;
}
