using BlindSpot.Core;
using BlindSpot.Modeling;

namespace BlindSpot.EarlyWarning;

/// <summary>
/// One binary model per k, cross-validated on the session-level fold plan (a session's prefixes are all held out
/// together, in its fold of the plan's first repeat; with <see cref="FoldPlan.Stratified"/> on the 3-class outcome
/// and notebook 03's seed, the folds are notebook 03's). Every session still going at k gets an out-of-fold score.
/// </summary>
public static class PrefixForecaster
{
    public static bool IsPositive(Target target, int label) => target switch
    {
        Target.Abandon => label == (int)Outcome.Abandoned,
        Target.Failure => Outcomes.IsFailure(label),
        _ => throw new ArgumentOutOfRangeException(nameof(target)),
    };

    public static PrefixScores OutOfFold(PrefixDataset data, FoldPlan plan, Learner learner, int k, FeatureSet set, Target target)
    {
        if (plan.Count != data.Count) throw new ArgumentException($"The fold plan covers {plan.Count} sessions, the data has {data.Count}.");
        if (k < 1 || k > data.MaxK) throw new ArgumentOutOfRangeException(nameof(k), $"k is 1 .. {data.MaxK}.");
        var at = data.AtK[k];
        var (x, _) = PrefixMatrix.Build(at.Select(a => a.Row).ToList(), set);
        var truth = at.Select(a => IsPositive(target, data.Labels[a.Session])).ToArray();
        var scores = new double[at.Count];
        for (var f = 0; f < plan.Folds; f++)
        {
            var train = Enumerable.Range(0, at.Count).Where(i => plan.FoldOf(0, at[i].Session) != f).ToArray();
            var test = Enumerable.Range(0, at.Count).Where(i => plan.FoldOf(0, at[i].Session) == f).ToArray();
            if (test.Length == 0) continue;
            var y = train.Select(i => truth[i]).ToArray();
            if (y.All(v => v) || !y.Any(v => v) || x[0].Length == 0)
            {
                var rate = y.Length == 0 ? 0 : y.Count(v => v) / (double)y.Length; // nothing to learn: the training base rate
                foreach (var i in test) scores[i] = rate;
                continue;
            }
            var model = learner.FitBinary(train.Select(i => x[i]).ToArray(), y);
            var predicted = model(test.Select(i => x[i]).ToArray());
            for (var j = 0; j < test.Length; j++) scores[test[j]] = predicted[j];
        }
        return new PrefixScores(k, set.Name, target, at.Select(a => a.Session).ToArray(), scores, truth);
    }

    /// <summary>
    /// The raw feature as a forecast, no model: score = −value (a lower sentiment or a steeper drop = more likely positive),
    /// over the sessions at k where the feature is defined.
    /// </summary>
    public static PrefixScores SingleFeature(PrefixDataset data, int k, string feature, Target target)
    {
        var at = data.AtK[k].Where(a => a.Row.Value(feature) is not null).ToList();
        return new PrefixScores(k, feature, target, at.Select(a => a.Session).ToArray(),
            at.Select(a => -a.Row.Value(feature)!.Value).ToArray(), at.Select(a => IsPositive(target, data.Labels[a.Session])).ToArray());
    }
}
