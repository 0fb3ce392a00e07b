namespace BlindSpot.EarlyWarning;

/// <summary>The knobs of the early-warning analysis (a notebook's parameter cell sets them).</summary>
public sealed record EarlyWarningOptions
{
    public int MaxK { get; init; } = PrefixFeatures.DefaultMaxK;
    public int Folds { get; init; } = 5;
    public int Seed { get; init; } = 42;
    /// <summary>
    /// The alert budget: at each user turn k, alert the sessions still going whose abandonment score is in the top
    /// share of scores, the bar read from the other folds (<see cref="AlertPolicy.TopShareOutOfFold"/>). One in five,
    /// because the first thing an alert does is cheap and seen by the user alone (the bot offers a human or changes
    /// course in its next reply), so a false alarm costs a line of text; a team with people reaching out sets a
    /// smaller budget. A fixed probability cut-off (0.5) would assume calibrated scores, which a learner does not give.
    /// </summary>
    public double AlertShare { get; init; } = DefaultAlertShare;

    public const double DefaultAlertShare = 0.2;

    /// <summary>Alert shares the intervention trade-off sweeps.</summary>
    public IReadOnlyList<double> AlertShares { get; init; } = [0.05, 0.1, 0.2, 0.3, 0.4];
    /// <summary>Share of alerted abandoners an outreach keeps.</summary>
    public double SuccessRate { get; init; } = 0.3;
    /// <summary>The recall at which precision is reported.</summary>
    public double Recall { get; init; } = 0.8;
    /// <summary>Cost of one unneeded outreach, in recovered sessions (for choosing how long to watch).</summary>
    public double FalseAlarmCost { get; init; } = 0.2;
    /// <summary>The alert rule uses the smallest K whose net value reaches this share of the best K's.</summary>
    public double ShareOfBestNet { get; init; } = 0.95;
    /// <summary>
    /// Log turns an alert must leave before the user goes to count as in time. One: the alert fires when the user's
    /// turn is scored, and the bot's next reply (one log turn) is the earliest place to act, where it offers a human or
    /// changes course. A person reaching out needs an exchange: set 2 for that.
    /// </summary>
    public double TurnsToAct { get; init; } = 1;

    /// <summary>Bootstrap replicates behind the alert policy's lift and AUC intervals (<see cref="AlertEvidence"/>).</summary>
    public int Bootstrap { get; init; } = 1000;
}
