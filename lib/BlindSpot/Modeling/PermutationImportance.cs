using BlindSpot.Core;
using Microsoft.Data.Analysis;

namespace BlindSpot.Modeling;

/// <summary>How much a design's end-to-end macro F1 drops when one source feature is scrambled.</summary>
public sealed record FeatureImportance(string Feature, double FlatDrop, double NestedDrop);

/// <summary>
/// Permutation feature importance on out-of-fold data: for each fold of the first repeat, the models trained without
/// that fold score its held-out rows with one source feature's columns (value and missing indicator, or all intent
/// columns, together) shuffled across those rows; the drop is the pooled macro F1 before minus after, averaged over
/// <c>permutations</c> seeded shuffles. Nothing is refitted. A drop near 0 means the design does not use the feature
/// (or has a substitute for it among correlated features).
/// </summary>
public static class PermutationImportance
{
    /// <summary>Rows scored per call at most (permuted copies are batched up to this, so memory stays bounded).</summary>
    public const int BatchRows = 50_000;

    public static IReadOnlyList<FeatureImportance> Compute(CvResult result, int seed = 42, int permutations = 3, IProgress<string>? progress = null)
    {
        var data = result.Data;
        var baseline = Pooled(result.FirstRepeatModels.SelectMany(m => m.Predict(data, m.TestRows)).ToList());
        // The (feature, permutation) copies of a fold's held-out rows are scored together, up to BatchRows rows a call: a
        // model scores each row on its own, so the scores equal those of one call per copy, without the per-call set-up.
        var copies = data.Groups.Count * permutations;
        var scored = new OutOfFoldPrediction[copies][][];
        for (var copy = 0; copy < copies; copy++) scored[copy] = new OutOfFoldPrediction[result.FirstRepeatModels.Count][];
        // Folds side by side: each fold's models score only its own copies, and each copy's shuffle is seeded by
        // (feature, permutation, fold), so the result does not depend on the order they run in.
        Parallel.For(0, result.FirstRepeatModels.Count, OnePerCore.Options, m =>
        {
            var model = result.FirstRepeatModels[m];
            var n = model.TestRows.Length;
            var perCall = Math.Max(1, BatchRows / Math.Max(1, n));
            for (var first = 0; first < copies; first += perCall)
            {
                var count = Math.Min(perCall, copies - first);
                var x = new float[count * n][];
                for (var k = 0; k < count; k++)
                {
                    var (g, p) = Math.DivRem(first + k, permutations);
                    var random = SplitMixRandom.ForItem(seed, ((long)g * 1000 + p) * 1000 + model.Fold, salt: 0x5045524DUL);
                    Permute(data, model.TestRows, data.Groups[g], random).CopyTo(x, k * n);
                }
                var rows = Enumerable.Repeat(model.TestRows, count).SelectMany(r => r).ToArray();
                var predictions = model.Predict(data, rows, x);
                for (var k = 0; k < count; k++) scored[first + k][m] = predictions.Skip(k * n).Take(n).ToArray();
                progress?.Report($"{result.Learner}, fold {model.Fold + 1}: {first + count} of {copies} scrambled copies scored");
            }
        });

        var importances = new List<FeatureImportance>();
        for (var g = 0; g < data.Groups.Count; g++)
        {
            double flat = 0, nested = 0;
            for (var p = 0; p < permutations; p++)
            {
                var (f, n) = Pooled(scored[g * permutations + p].SelectMany(s => s).ToList());
                flat += baseline.Flat - f;
                nested += baseline.Nested - n;
            }
            importances.Add(new FeatureImportance(data.Groups[g].Name, flat / permutations, nested / permutations));
        }
        return importances.OrderByDescending(i => Math.Max(i.NestedDrop, i.FlatDrop)).ThenBy(i => i.Feature, StringComparer.Ordinal).ToList();
    }

    /// <summary>feature, flat_drop, nested_drop (macro F1 points lost, 3 decimals), most important first.</summary>
    public static DataFrame ToDataFrame(IReadOnlyList<FeatureImportance> importances) => new(
        new StringDataFrameColumn("feature", importances.Select(i => i.Feature)),
        new DoubleDataFrameColumn("flat_drop", importances.Select(i => Math.Round(i.FlatDrop, 3))),
        new DoubleDataFrameColumn("nested_drop", importances.Select(i => Math.Round(i.NestedDrop, 3))));

    private static float[][] Permute(FeatureMatrix data, int[] rows, FeatureGroup group, SplitMixRandom random)
    {
        var order = Enumerable.Range(0, rows.Length).ToList();
        Shuffle.InPlace(order, random);
        var x = rows.Select(i => (float[])data.Rows[i].Clone()).ToArray();
        for (var k = 0; k < rows.Length; k++)
            foreach (var c in group.ColumnIndices) x[k][c] = data.Rows[rows[order[k]]][c];
        return x;
    }

    private static (double Flat, double Nested) Pooled(IReadOnlyList<OutOfFoldPrediction> predictions)
    {
        var truth = predictions.Select(p => p.Truth).ToList();
        return (ClassificationMetrics.MacroF1(truth, predictions.Select(p => p.FlatPrediction).ToList()),
                ClassificationMetrics.MacroF1(truth, predictions.Select(p => p.NestedPrediction).ToList()));
    }
}
