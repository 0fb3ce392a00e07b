using System.Globalization;

namespace BlindSpot.Summary;

/// <summary>One published claim beside our figure, where ours comes from, and a plain verdict.</summary>
public sealed record Claim(string Source, string Statement, string Published, string Ours, string Notebook, string Verdict)
{
    /// <summary>"replicates" when ours is within <paramref name="tolerance"/> of the published value, else says by how much it differs.</summary>
    public static string CompareValues(double published, double ours, double tolerance, string unit = "")
    {
        var difference = ours - published;
        if (Math.Abs(difference) <= tolerance) return $"replicates (within ±{Fmt(tolerance)}{unit})";
        return $"does not replicate ({(difference > 0 ? "+" : "")}{Fmt(difference)}{unit})";
    }

    public static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";
    public static string Number(double value, int digits = 2) => value.ToString("F" + digits, CultureInfo.InvariantCulture);

    private static string Fmt(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
