namespace BlindSpot.Audit;

/// <summary>The level-1 threshold a group gets for one held-out fold, chosen on the other folds' rows.</summary>
public sealed record ThresholdChoice(int Fold, string Group, double Threshold, int TrainingFailures, double TargetFnr);

/// <summary>
/// Mitigation by per-group decision thresholds (post-processing for FNR parity). For each held-out fold, the rows of the
/// other folds fix a target — their overall FNR at the base threshold — and a group whose training FNR is above it gets
/// the highest threshold at which its training FNR does not exceed the target (the (⌊target·m⌋+1)-th smallest failure
/// score among its m training failures). A threshold is only ever lowered: a group at or below the target keeps the base
/// threshold, so no group's missed failures rise to buy parity (levelling down is the harm an audit exists to prevent).
/// Groups with fewer than <c>minSupport</c> training failures keep the base threshold. The held-out fold is then
/// predicted with its thresholds, so every evaluation is out of fold.
/// <para>The scores of the other folds are themselves out-of-fold predictions (of models that saw the held-out fold
/// in training), so the threshold of a fold is not fully independent of that fold's labels; a single number per group
/// learns little from them, and nested cross-validation would remove even that.</para>
/// </summary>
public static class FnrParityThresholds
{
    public const double BaseThreshold = Modeling.NestedModel.Threshold;

    public static IReadOnlyList<ThresholdChoice> Choose(IReadOnlyList<AuditRow> rows, int minSupport = 20, double baseThreshold = BaseThreshold)
    {
        if (minSupport < 1) throw new ArgumentOutOfRangeException(nameof(minSupport), "At least 1.");
        var groups = rows.Select(r => r.Group).Distinct().Order(StringComparer.Ordinal).ToList();
        var choices = new List<ThresholdChoice>();
        foreach (var fold in rows.Select(r => r.Fold).Distinct().Order())
        {
            var training = rows.Where(r => r.Fold != fold && r.Failed).ToList();
            var target = training.Count == 0 ? 0 : (double)training.Count(r => r.FailureScore < baseThreshold) / training.Count;
            foreach (var group in groups)
            {
                var scores = training.Where(r => r.Group == group).Select(r => r.FailureScore).Order().ToArray();
                var threshold = scores.Length < minSupport ? baseThreshold
                    : Math.Min(baseThreshold, scores[Math.Min((int)Math.Floor(target * scores.Length), scores.Length - 1)]);
                choices.Add(new ThresholdChoice(fold, group, threshold, scores.Length, target));
            }
        }
        return choices;
    }

    /// <summary>Every row predicted again at the threshold chosen for its fold and group.</summary>
    public static IReadOnlyList<AuditRow> Apply(IReadOnlyList<AuditRow> rows, IReadOnlyList<ThresholdChoice> choices)
    {
        var lookup = choices.ToDictionary(c => (c.Fold, c.Group), c => c.Threshold);
        return rows.Select(r => r.WithThreshold(lookup.TryGetValue((r.Fold, r.Group), out var t) ? t
            : throw new ArgumentException($"No threshold for fold {r.Fold}, group '{r.Group}'."))).ToList();
    }
}
