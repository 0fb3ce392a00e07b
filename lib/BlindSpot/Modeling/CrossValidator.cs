namespace BlindSpot.Modeling;

/// <summary>
/// Repeated stratified k-fold for both designs on the same folds: for each repeat and fold, the flat and the nested
/// model are fitted on the same training rows and score the same held-out rows.
/// </summary>
public static class CrossValidator
{
    public static CvResult Run(FeatureMatrix data, Learner learner, FoldPlan folds, IProgress<string>? progress = null)
    {
        if (folds.Count != data.Count) throw new ArgumentException($"The fold plan covers {folds.Count} rows, the data has {data.Count}.");
        var predictions = new List<OutOfFoldPrediction>(data.Count * folds.Repeats);
        var models = new List<FoldModels>();
        for (var r = 0; r < folds.Repeats; r++)
        {
            for (var f = 0; f < folds.Folds; f++)
            {
                progress?.Report($"{learner.Name}: repeat {r + 1}/{folds.Repeats}, fold {f + 1}/{folds.Folds}");
                var train = folds.TrainRows(r, f);
                var test = folds.TestRows(r, f);
                var x = train.Select(i => data.Rows[i]).ToArray();
                var y = train.Select(i => data.Labels[i]).ToArray();
                var flat = FlatModel.Fit(learner, x, y);
                var nested = NestedModel.Fit(learner, x, y);
                var fold = new FoldModels(r, f, test, flat, nested);
                predictions.AddRange(fold.Predict(data, test));
                if (r == 0) models.Add(fold);
            }
        }
        return new CvResult(learner.Name, folds, data, predictions.OrderBy(p => p.Repeat).ThenBy(p => p.Row).ToList(), models);
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
