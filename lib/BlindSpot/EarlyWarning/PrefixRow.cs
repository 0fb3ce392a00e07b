namespace BlindSpot.EarlyWarning;

/// <summary>
/// One row of <c>prefix_features</c>: what is known about a session after its first <see cref="K"/> user turns
/// (and the bot's reply), at turn <see cref="PrefixEndTurn"/>. Columns as documented in <c>sql/prefix_features.sql</c>.
/// </summary>
public sealed record PrefixRow(
    string SessionId, int K, int PrefixEndTurn, string? Intent, long NTurns, long NBotTurns, long NFailures, long NSentiments,
    double? FirstSentiment, double? LastSentiment, double? MeanSentiment, double? MinSentiment, double? SentimentVelocity,
    double? SentimentSlope, int? LastBotFailed, long SecondsSoFar)
{
    /// <summary>The numeric features a model may use, by their SQL column names (intent is one-hot, elsewhere).</summary>
    public static readonly IReadOnlyList<string> NumericFeatures =
    [
        "n_turns", "n_bot_turns", "n_failures", "n_sentiments", "first_sentiment", "last_sentiment", "mean_sentiment",
        "min_sentiment", "sentiment_velocity", "sentiment_slope", "last_bot_failed", "seconds_so_far",
    ];

    /// <summary>A numeric feature by its column name; null where the SQL gives NULL.</summary>
    public double? Value(string feature) => feature switch
    {
        "n_turns" => NTurns,
        "n_bot_turns" => NBotTurns,
        "n_failures" => NFailures,
        "n_sentiments" => NSentiments,
        "first_sentiment" => FirstSentiment,
        "last_sentiment" => LastSentiment,
        "mean_sentiment" => MeanSentiment,
        "min_sentiment" => MinSentiment,
        "sentiment_velocity" => SentimentVelocity,
        "sentiment_slope" => SentimentSlope,
        "last_bot_failed" => LastBotFailed,
        "seconds_so_far" => SecondsSoFar,
        _ => throw new ArgumentException($"Unknown prefix feature '{feature}'. Known: {string.Join(", ", NumericFeatures)}."),
    };
}
