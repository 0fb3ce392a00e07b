namespace BlindSpot.Modeling;

/// <summary>
/// One session's prediction from the fold that held it out, by both designs trained on the same rows.
/// <see cref="LevelOneScore"/> = P(failed), <see cref="LevelTwoScore"/> = P(abandoned | failed) (level 2 scores every
/// session, routed or not), <see cref="FlatScores"/> = the flat model's score per class (resolved, escalated, abandoned).
/// </summary>
public sealed record OutOfFoldPrediction(
    int Row, string SessionId, int Repeat, int Fold, int Truth,
    int FlatPrediction, int NestedPrediction, double LevelOneScore, double LevelTwoScore, IReadOnlyList<double> FlatScores)
{
    /// <summary>Level 2's own class (escalated / abandoned) for this session.</summary>
    public int LevelTwoPrediction => NestedModel.LevelTwoClass(LevelTwoScore);

    public int Prediction(Design design) => design == Design.Flat ? FlatPrediction : NestedPrediction;
}
