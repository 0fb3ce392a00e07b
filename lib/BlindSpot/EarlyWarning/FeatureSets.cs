namespace BlindSpot.EarlyWarning;

/// <summary>
/// The prefix features a forecaster is given, by name. All share the non-sentiment <see cref="Base"/> (counts, failures,
/// whether the last answer failed, time so far, intent) so that two sets differ only in how they read sentiment.
/// </summary>
public sealed record FeatureSet(string Name, IReadOnlyList<string> Numeric, bool Intent = true)
{
    public static readonly IReadOnlyList<string> Base = ["n_turns", "n_bot_turns", "n_failures", "last_bot_failed", "seconds_so_far"];

    /// <summary>Base + mean sentiment so far: the dashboard's "average sentiment" view.</summary>
    public static FeatureSet Average { get; } = new("average", [.. Base, "mean_sentiment"]);

    /// <summary>Base + sentiment velocity (s3 − s1) / 2: the seed's early-drop feature (undefined before the 3rd user turn).</summary>
    public static FeatureSet Velocity { get; } = new("velocity", [.. Base, "sentiment_velocity"]);

    /// <summary>Average plus velocity: the gain over <see cref="Average"/> is what velocity adds (drop-column importance).</summary>
    public static FeatureSet AverageAndVelocity { get; } = new("average+velocity", [.. Base, "mean_sentiment", "sentiment_velocity"]);

    /// <summary>Every prefix feature: the forecaster the alerts use.</summary>
    public static FeatureSet All { get; } = new("all", PrefixRow.NumericFeatures);

    public static IReadOnlyList<FeatureSet> Standard { get; } = [Average, Velocity, AverageAndVelocity, All];

    public override string ToString() => Name;
}

/// <summary>What a forecaster predicts: the session will end abandoned, or it will fail (escalated or abandoned).</summary>
public enum Target
{
    Abandon,
    Failure,
}
