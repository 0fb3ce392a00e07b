namespace BlindSpot.Core;

/// <summary>
/// The rules an effect must meet before a verdict is drawn from it: each returns a <see cref="Testability"/> whose
/// reason names the figures that failed. One place, so the summary on a team's log and (later) the seed rules of
/// simulated runs apply the same bars.
/// </summary>
public static class EffectChecks
{
    /// <summary>An AUC needs at least this many of each class; below it, it is undefined (one negative makes it 0 or 1).</summary>
    public const int MinPerClassForAuc = 10;

    /// <summary>An audit compares groups: at least this many, each with <see cref="MinFailuresPerGroup"/> failures.</summary>
    public const int MinAuditGroups = 2;

    public const int MinFailuresPerGroup = 30;

    /// <summary>Whether an AUC over <paramref name="positives"/> and <paramref name="negatives"/> is defined.</summary>
    public static Testability Auc(int positives, int negatives) =>
        positives >= MinPerClassForAuc && negatives >= MinPerClassForAuc ? Testability.Testable
            : Testability.Not($"an AUC needs at least {MinPerClassForAuc} of each class ({positives} positives, {negatives} negatives)");

    /// <summary>
    /// A comparison of model designs is testable only when every design's interval lies above the shuffled-label
    /// control's score: a difference between two models at chance is a difference between two kinds of noise.
    /// </summary>
    public static Testability BeatsShuffledControl(IEnumerable<(string Design, double Score, Interval Interval, double Control)> designs)
    {
        var atChance = designs.Where(d => !d.Interval.IsDefined || !(d.Interval.Lower > d.Control)).ToList();
        if (atChance.Count == 0) return Testability.Testable;
        return Testability.Not("the models do not beat the shuffled-label control: " + string.Join("; ", atChance.Select(d => d.Interval.IsDefined
            ? $"{d.Design} macro F1 {NumberText.Number(d.Score, 3)} {d.Interval} against {NumberText.Number(d.Control, 3)} with shuffled labels"
            : $"{d.Design} macro F1 has no interval")));
    }

    /// <summary>
    /// An alert policy is worth acting on only when its alerts reach abandoners more often than the abandonment share
    /// alone would (lift interval above 1) and its forecaster ranks them better than chance (AUC interval above 0.5).
    /// </summary>
    public static Testability AlertPolicy(double lift, Interval liftInterval, double auc, Interval aucInterval, string aucText)
    {
        if (!liftInterval.IsDefined || !(liftInterval.Lower > 1))
            return Testability.Not(double.IsFinite(lift)
                ? $"alerts reach abandoners no more often than the abandonment share alone (lift {NumberText.Number(lift)} {Text(liftInterval)}, not above 1)"
                : "the policy raises no alert, or the log has no abandoner, so its lift over the abandonment share is undefined");
        if (!aucInterval.IsDefined || !(aucInterval.Lower > 0.5))
            return Testability.Not($"the forecaster behind the alerts does not beat chance ({aucText} {Text(aucInterval)}, not above 0.5)");
        return Testability.Testable;
    }

    /// <summary>An audit of missed failures by group needs two groups or more with enough failures each to compare.</summary>
    public static Testability Audit(IReadOnlyDictionary<string, int> failuresByGroup)
    {
        var enough = failuresByGroup.Count(g => g.Value >= MinFailuresPerGroup);
        return enough >= MinAuditGroups ? Testability.Testable
            : Testability.Not($"an audit needs at least {MinAuditGroups} groups with {MinFailuresPerGroup} failures or more, and {enough} of {failuresByGroup.Count} " +
                              $"have them ({string.Join(", ", failuresByGroup.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Value}"))})");
    }

    private static string Text(Interval i) => i.IsDefined ? i.ToString() : "with no interval";
}
