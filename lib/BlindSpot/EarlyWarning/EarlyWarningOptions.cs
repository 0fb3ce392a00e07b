namespace BlindSpot.EarlyWarning;

/// <summary>The knobs of the early-warning analysis (a notebook's parameter cell sets them).</summary>
public sealed record EarlyWarningOptions
{
    public int MaxK { get; init; } = PrefixFeatures.DefaultMaxK;
    public int Folds { get; init; } = 5;
    public int Seed { get; init; } = 42;
    /// <summary>Alert when the abandonment score reaches this probability.</summary>
    public double Threshold { get; init; } = 0.5;
    /// <summary>Thresholds the intervention trade-off sweeps.</summary>
    public IReadOnlyList<double> Thresholds { get; init; } = [0.3, 0.4, 0.5, 0.6, 0.7];
    /// <summary>Share of alerted abandoners an outreach keeps.</summary>
    public double SuccessRate { get; init; } = 0.3;
    /// <summary>The recall at which precision is reported.</summary>
    public double Recall { get; init; } = 0.8;
    /// <summary>Cost of one unneeded outreach, in recovered sessions (for choosing how long to watch).</summary>
    public double FalseAlarmCost { get; init; } = 0.2;
    /// <summary>The alert rule uses the smallest K whose net value reaches this share of the best K's.</summary>
    public double ShareOfBestNet { get; init; } = 0.95;
    /// <summary>Bootstrap replicates behind the alert policy's lift and AUC intervals (<see cref="AlertEvidence"/>).</summary>
    public int Bootstrap { get; init; } = 1000;
}
