using BlindSpot.Core;

namespace BlindSpot.Audit;

/// <summary>
/// One session as the audit sees it: its group (e.g. intent), the fold that held it out, its observed outcome
/// and the nested model's end-to-end prediction (class indices of <see cref="Core.Outcome"/>), and
/// the level-1 failure score P(failed) that the prediction thresholded. <see cref="LevelTwoClass"/> is level 2's
/// own answer (escalated or abandoned) for the session, so the prediction can be re-derived at another threshold.
/// </summary>
public sealed record AuditRow(string SessionId, string Group, int Fold, int Truth, int Predicted, double FailureScore, int? LevelTwoClass = null)
{
    public bool Failed => Outcomes.IsFailure(Truth);

    public bool PredictedFailed => Outcomes.IsFailure(Predicted);

    /// <summary>
    /// The prediction at another level-1 threshold: failed when the score reaches it (with level 2's class, or the
    /// failure class already predicted), resolved otherwise.
    /// </summary>
    public AuditRow WithThreshold(double threshold)
    {
        if (FailureScore < threshold) return this with { Predicted = (int)Outcome.Resolved };
        var failureClass = LevelTwoClass ?? (PredictedFailed ? Predicted
            : throw new InvalidOperationException($"Session {SessionId}: no level-2 class to route a new failure prediction to."));
        return this with { Predicted = failureClass };
    }
}
