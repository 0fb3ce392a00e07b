using System.Globalization;

namespace BlindSpot.Summary;

/// <summary>
/// The "seed interval" cell of a claim: a swept figure as "mean [2.5th, 97.5th percentile]" over the seeds, or empty
/// when there is no sweep or it has no such figure.
/// </summary>
public sealed class SeedIntervals(SweepSummary? sweep)
{
    public SweepSummary? Sweep => sweep;

    /// <summary>The verdict of a planted or emergent claim: by the seeds when there is a sweep (<see cref="SeedVerdicts"/>).</summary>
    public string Verdict(ClaimKind kind, SeedRule rule, IReadOnlyDictionary<string, double> here, string because) =>
        SeedVerdicts.Of(kind, rule, rule.Holds(here), because, sweep);

    /// <summary>The non-empty parts, separated by "; ".</summary>
    public static string All(params string[] parts) => string.Join("; ", parts.Where(p => p.Length > 0));

    /// <param name="suffix">Written after each number (a ratio's "×").</param>
    /// <param name="unit">Written once, after the range (" min").</param>
    public string Of(string figure, string format, string label = "", double scale = 1, string suffix = "", string unit = "")
    {
        if (sweep?[figure] is not { } f || f.Seeds == f.Undefined) return "";
        string F(double v) => (v * scale).ToString(format, CultureInfo.InvariantCulture) + suffix;
        var undefined = f.Undefined > 0 ? $", undefined in {f.Undefined}" : "";
        return $"{label}{F(f.Mean)} [{F(f.Lower)}, {F(f.Upper)}]{unit} ({f.Seeds} seeds{undefined})";
    }

    /// <summary>One interval per part (e.g. per learner), labelled with it, for the parts the sweep has.</summary>
    public string PerPart(string figure, IEnumerable<string> parts, string format, string suffix = "") =>
        string.Join("; ", parts.Select(p => (Part: p, Text: Of(SweepFigures.Of(figure, p), format))).Where(x => x.Text.Length > 0).Select(x => $"{x.Part} {x.Text}{suffix}"));

    /// <summary>A 0/1 figure as the share of seeds where it was 1.</summary>
    public string Share(string figure, string label) =>
        sweep?[figure] is { } f && f.Seeds > f.Undefined ? $"{label}{Math.Round(f.Mean * (f.Seeds - f.Undefined))} of {f.Seeds - f.Undefined} seeds" : "";
}
