using BlindSpot.Core;

namespace BlindSpot.Audit;

/// <summary>What the audit says about one group on one metric.</summary>
public enum DisparityStatus
{
    /// <summary>Within the band, or outside it but with an interval that includes parity.</summary>
    Parity,

    /// <summary>Ratio to the rest above 1/τ and the test significant after Holm's correction (<see cref="GroupAudit"/>).</summary>
    Higher,

    /// <summary>Ratio to the rest below τ and the test significant after Holm's correction.</summary>
    Lower,

    /// <summary>Fewer rows in the metric's denominator than the minimum support: no number is reported.</summary>
    InsufficientSupport,
}

/// <summary>
/// The flag rule (Aequitas' disparity band with tolerance τ, plus a significance condition): a group is flagged when its
/// ratio to the overall value leaves [τ, 1/τ] <b>and</b> the bootstrap interval of that ratio excludes 1. Either alone
/// is not enough: a large ratio on a small group is often noise, and a tiny but certain difference is not a disparity.
/// </summary>
public static class DisparityFlag
{
    public const double DefaultTau = 0.8;

    public static DisparityStatus Of(double ratio, Interval ratioInterval, double tau = DefaultTau, bool sufficientSupport = true)
    {
        if (tau is <= 0 or >= 1 || double.IsNaN(tau)) throw new ArgumentOutOfRangeException(nameof(tau), "τ is in (0, 1).");
        if (!sufficientSupport) return DisparityStatus.InsufficientSupport;
        if (!double.IsFinite(ratio) || !ratioInterval.IsDefined) return DisparityStatus.Parity;
        if (ratio > 1 / tau && ratioInterval.Lower > 1) return DisparityStatus.Higher;
        if (ratio < tau && ratioInterval.Upper < 1) return DisparityStatus.Lower;
        return DisparityStatus.Parity;
    }

    public static bool IsFlagged(DisparityStatus status) => status is DisparityStatus.Higher or DisparityStatus.Lower;

    /// <summary>Neutral words: whether "above" is worse depends on the metric (for the missed-failure rate it is, for recall it is not).</summary>
    public static string Describe(DisparityStatus status) => status switch
    {
        DisparityStatus.Higher => "flagged: above overall",
        DisparityStatus.Lower => "flagged: below overall",
        DisparityStatus.InsufficientSupport => "insufficient support",
        _ => "parity",
    };
}
