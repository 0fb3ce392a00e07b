namespace BlindSpot.Audit;

/// <summary>The knobs of a <see cref="GroupAudit"/>.</summary>
public sealed record AuditOptions
{
    /// <summary>The notebook's and the sweep's bootstrap replicates (the flags' p-values do not depend on them).</summary>
    public const int DefaultBootstrap = 1000;

    /// <summary>Bootstrap replicates for the intervals.</summary>
    public int Bootstrap { get; init; } = DefaultBootstrap;

    public int Seed { get; init; } = 42;

    /// <summary>A group needs at least this many rows in a metric's denominator to get a number for it.</summary>
    public int MinSupport { get; init; } = 20;

    /// <summary>Aequitas' tolerance: a ratio to overall outside [τ, 1/τ] is a disparity (if its interval agrees).</summary>
    public double Tau { get; init; } = DisparityFlag.DefaultTau;

    /// <summary>Confidence level of the percentile intervals.</summary>
    public double Level { get; init; } = 0.95;

    public IReadOnlyList<AuditMetric> Metrics { get; init; } = AuditMetric.All;

    public void Validate()
    {
        if (Bootstrap < 1) throw new ArgumentException($"Bootstrap must be at least 1 (got {Bootstrap}).");
        if (MinSupport < 1) throw new ArgumentException($"MinSupport must be at least 1 (got {MinSupport}).");
        if (Tau is <= 0 or >= 1 || double.IsNaN(Tau)) throw new ArgumentException($"Tau must be in (0, 1) (got {Tau}).");
        if (Level is <= 0 or >= 1 || double.IsNaN(Level)) throw new ArgumentException($"Level must be in (0, 1) (got {Level}).");
        if (Metrics.Count == 0) throw new ArgumentException("Name at least one metric.");
    }
}
