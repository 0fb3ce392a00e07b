using BlindSpot.Core;

namespace BlindSpot.Modeling;

/// <summary>
/// Repeated stratified k-fold for both designs on the same folds: for each repeat and fold, the flat and the nested
/// model are fitted on the same training rows and score the same held-out rows.
/// </summary>
public static class CrossValidator
{
    /// <summary>
    /// Folds are fitted in parallel (one per core): each has its own seeded ML.NET context and single-threaded
    /// trainers, and the results are put back in (repeat, fold) order, so the outcome does not depend on timing.
    /// </summary>
    public static CvResult Run(FeatureMatrix data, Learner learner, FoldPlan folds, IProgress<string>? progress = null) =>
        Run(data, [learner], folds, progress)[0];

    /// <summary>
    /// Several learners on the same folds, one result each in the given order: the same results as one
    /// <see cref="Run(FeatureMatrix, Learner, FoldPlan, IProgress{string})"/> per learner, with every learner's folds in
    /// one queue so that no core waits for the last fold of one learner before the next learner starts.
    /// </summary>
    /// <param name="foldsAtOnce">How many folds are fitted at the same time (default: one per core); fewer hold less in
    /// memory and give the same results.</param>
    public static IReadOnlyList<CvResult> Run(FeatureMatrix data, IReadOnlyList<Learner> learners, FoldPlan folds, IProgress<string>? progress = null,
                                              int? foldsAtOnce = null)
    {
        if (folds.Count != data.Count) throw new ArgumentException($"The fold plan covers {folds.Count} rows, the data has {data.Count}.");
        if (learners.Count == 0) throw new ArgumentException("No learner to cross-validate.", nameof(learners));
        var jobs = (from l in Enumerable.Range(0, learners.Count)
                    from r in Enumerable.Range(0, folds.Repeats)
                    from f in Enumerable.Range(0, folds.Folds)
                    select (Learner: l, Repeat: r, Fold: f)).ToArray();
        var fitted = new FoldModels[jobs.Length];
        var fittedPredictions = new IReadOnlyList<OutOfFoldPrediction>[jobs.Length];
        var finished = 0;
        var parallel = foldsAtOnce is { } n ? new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, n) } : OnePerCore.Options;
        Parallel.For(0, jobs.Length, parallel, j =>
        {
            var (l, r, f) = jobs[j];
            var learner = learners[l];
            var train = folds.TrainRows(r, f);
            var test = folds.TestRows(r, f);
            var x = train.Select(i => data.Rows[i]).ToArray();
            var y = train.Select(i => data.Labels[i]).ToArray();
            using var prepared = learner.Prepare(x); // once for the fold's three models
            var fold = new FoldModels(r, f, test, FlatModel.Fit(learner, prepared, y), NestedModel.Fit(learner, prepared, y));
            fittedPredictions[j] = fold.Predict(data, test);
            fitted[j] = fold;
            progress?.Report($"{Interlocked.Increment(ref finished)} of {jobs.Length} folds fitted (last: {learner.Name}, repeat {r + 1}, fold {f + 1})");
        });
        return learners.Select((learner, l) =>
        {
            var mine = Enumerable.Range(0, jobs.Length).Where(j => jobs[j].Learner == l).ToList();
            var predictions = mine.SelectMany(j => fittedPredictions[j]).OrderBy(p => p.Repeat).ThenBy(p => p.Row).ToList();
            var models = mine.Select(j => fitted[j]).Where(m => m.Repeat == 0).ToList();
            return new CvResult(learner.Name, folds, data, predictions, models);
        }).ToList();
    }

    /// <summary>
    /// The nested design alone on the first repeat's folds: each session's held-out P(failed) and P(abandoned | failed),
    /// fitted exactly as in <see cref="Run(FeatureMatrix, IReadOnlyList{Learner}, FoldPlan, IProgress{string}?, int?)"/>.
    /// What the bench times against scikit-learn's nested pipeline, which fits no flat model.
    /// </summary>
    public static (double[] LevelOne, double[] LevelTwo) NestedOnly(FeatureMatrix data, Learner learner, FoldPlan folds, int? foldsAtOnce = null)
    {
        if (folds.Count != data.Count) throw new ArgumentException($"The fold plan covers {folds.Count} rows, the data has {data.Count}.");
        var (one, two) = (new double[data.Count], new double[data.Count]);
        var parallel = foldsAtOnce is { } n ? new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, n) } : OnePerCore.Options;
        Parallel.For(0, folds.Folds, parallel, f =>
        {
            var train = folds.TrainRows(0, f);
            var test = folds.TestRows(0, f);
            using var prepared = learner.Prepare(train.Select(i => data.Rows[i]).ToArray());
            var (levelOne, levelTwo) = NestedModel.Fit(learner, prepared, train.Select(i => data.Labels[i]).ToArray())
                .Scores(test.Select(i => data.Rows[i]).ToArray());
            for (var k = 0; k < test.Length; k++) (one[test[k]], two[test[k]]) = (levelOne[k], levelTwo[k]);
        });
        return (one, two);
    }
}

/// <summary>The two models of one fold and the rows they held out (kept for the first repeat, for feature importance).</summary>
public sealed record FoldModels(int Repeat, int Fold, int[] TestRows, FlatModel Flat, NestedModel Nested)
{
    public IReadOnlyList<OutOfFoldPrediction> Predict(FeatureMatrix data, int[] rows) => Predict(data, rows, rows.Select(i => data.Rows[i]).ToArray());

    /// <summary>Predictions for <paramref name="rows"/> from the feature values <paramref name="x"/> (possibly permuted).</summary>
    public IReadOnlyList<OutOfFoldPrediction> Predict(FeatureMatrix data, int[] rows, float[][] x)
    {
        var flatScores = Flat.Scores(x);
        var (one, two) = Nested.Scores(x);
        return rows.Select((row, k) => new OutOfFoldPrediction(
            row, data.SessionIds[row], Repeat, Fold, data.Labels[row],
            FlatModel.ArgMax(flatScores[k]), NestedModel.Route(one[k], two[k]), one[k], two[k], flatScores[k])).ToList();
    }
}
