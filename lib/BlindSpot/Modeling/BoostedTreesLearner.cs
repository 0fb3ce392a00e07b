using System.Globalization;
using BlindSpot.Modeling.LightGbm;

namespace BlindSpot.Modeling;

/// <summary>
/// Gradient-boosted trees: LightGBM, called through its C API on the fold's rows as one float matrix (no ML.NET data
/// view in between). Binary: the logistic objective, its sigmoid output as the probability. Multiclass: one native
/// softmax model that grows one tree per class per round. A fold's rows are binned once (<see cref="Prepare"/>) and
/// its three models (flat, nested level 1, level 2 on the failed sessions) train on subsets of those bins.
/// Deterministic: fixed seed, one thread per model (folds run in parallel instead), no bagging, no feature
/// subsampling, and LightGBM's <c>deterministic</c> mode: the same rows give byte-identical scores.
/// </summary>
public sealed class BoostedTreesLearner(int seed = 42) : Learner(Id, seed)
{
    public const string Id = "boosted_trees";

    public int Trees { get; init; } = 100;
    public int Leaves { get; init; } = 8;
    public int MinimumExamplesPerLeaf { get; init; } = 10;
    public double LearningRate { get; init; } = 0.1;

    /// <summary>Histogram bins per feature (LightGBM's and scikit-learn's default).</summary>
    public int Bins { get; init; } = 255;

    private string DatasetParameters() => string.Create(CultureInfo.InvariantCulture,
        $"max_bin={Bins} min_data_in_leaf={MinimumExamplesPerLeaf} num_threads=1 seed={Seed} deterministic=true verbosity=-1");

    private string BoosterParameters(string objective) => string.Create(CultureInfo.InvariantCulture,
        $"{objective} num_iterations={Trees} num_leaves={Leaves} min_data_in_leaf={MinimumExamplesPerLeaf} learning_rate={LearningRate} " +
        $"max_bin={Bins} num_threads=1 seed={Seed} deterministic=true force_row_wise=true bagging_fraction=1 feature_fraction=1 verbosity=-1");

    public override IReadOnlyList<(string Model, string Steps)> Pipelines() =>
    [
        ("flat (3 classes)", $"bin each feature (max {Bins} bins) → LightGBM objective=multiclass (softmax, one tree per class per round; {Settings})"),
        ("nested level 1 and level 2 (binary)", $"bin each feature (max {Bins} bins) → LightGBM objective=binary ({Settings})"),
    ];

    private string Settings => string.Create(CultureInfo.InvariantCulture,
        $"{Trees} rounds, {Leaves} leaves, ≥ {MinimumExamplesPerLeaf} sessions per leaf, learning rate {LearningRate}");

    public override TrainingRows Prepare(float[][] rows) => new BinnedRows(rows, DatasetParameters());

    public override BinaryScorer FitBinary(TrainingRows rows, int[]? subset, bool[] positive)
    {
        var model = Booster.Train(Binned(rows), subset, positive.Select(p => p ? 1f : 0f).ToArray(), Trees, BoosterParameters("objective=binary"), 1);
        return x => model.Predict(x).Select(p => p[0]).ToArray();
    }

    public override MulticlassScorer FitMulticlass(TrainingRows rows, int[] labels, int classes)
    {
        var model = Booster.Train(Binned(rows), null, labels.Select(l => (float)l).ToArray(), Trees,
                                  BoosterParameters($"objective=multiclass num_class={classes}"), classes);
        return model.Predict;
    }

    private static BinnedRows Binned(TrainingRows rows) =>
        rows as BinnedRows ?? throw new ArgumentException("Rows for boosted trees come from this learner's Prepare.", nameof(rows));
}
