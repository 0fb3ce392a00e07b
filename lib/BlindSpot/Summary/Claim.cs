using System.Globalization;

namespace BlindSpot.Summary;

/// <summary>
/// One published claim beside our figure (at the default seed), its kind of evidence, the spread of the figure over
/// the simulator seeds of the sweep (empty when the sweep has none), where ours comes from, and a verdict in the
/// vocabulary of its kind (<see cref="Verdicts"/>).
/// </summary>
public sealed record Claim(string Source, string Statement, ClaimKind Kind, string Published, string Ours, string Notebook, string Verdict)
{
    public string SeedInterval { get; init; } = "";

    /// <summary>The plant a planted claim tests (<see cref="Simulation.PlantedEffects.PlantNames"/>), shown beside its kind; null otherwise.</summary>
    public string? Plant { get; init; }

    /// <summary>The kind as the tables show it: "planted (hidden_failures)" for a planted claim that names its plant.</summary>
    public string KindCell => Plant is null ? Kind.Name() : $"{Kind.Name()} ({Plant})";

    /// <summary>Whether ours is within <paramref name="tolerance"/> of the published value, in the words of <paramref name="kind"/>; otherwise by how much it differs.</summary>
    public static string CompareValues(double published, double ours, double tolerance, ClaimKind kind, string unit = "")
    {
        var difference = ours - published;
        return Math.Abs(difference) <= tolerance
            ? $"{Verdicts.Word(kind, true)} (within ±{Fmt(tolerance)}{unit})"
            : $"{Verdicts.Word(kind, false)} ({(difference > 0 ? "+" : "")}{Fmt(difference)}{unit})";
    }

    private static string Fmt(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
