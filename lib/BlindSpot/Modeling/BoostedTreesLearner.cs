using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace BlindSpot.Modeling;

/// <summary>
/// Gradient-boosted trees (ML.NET FastTree, MART). Binary: one FastTree model with its built-in probability
/// calibration. Multiclass: one-versus-all over the same binary trainer (FastTree has no native multiclass mode),
/// each class's calibrated probability as its score. Fixed seed, one thread, no bagging or feature subsampling:
/// deterministic. FastTree is used rather than LightGBM because its determinism does not depend on a native
/// library's threading.
/// </summary>
public sealed class BoostedTreesLearner(int seed = 42) : Learner(Id, seed)
{
    public const string Id = "boosted_trees";

    public int Trees { get; init; } = 100;
    public int Leaves { get; init; } = 8;
    public int MinimumExamplesPerLeaf { get; init; } = 10;
    public double LearningRate { get; init; } = 0.1;

    private FastTreeBinaryTrainer.Options Options() => new()
    {
        NumberOfThreads = 1,
        Seed = Seed,
        NumberOfTrees = Trees,
        NumberOfLeaves = Leaves,
        MinimumExampleCountPerLeaf = MinimumExamplesPerLeaf,
        LearningRate = LearningRate,
    };

    public override BinaryScorer FitBinary(float[][] rows, bool[] positive)
    {
        var ml = NewContext();
        var model = ml.BinaryClassification.Trainers.FastTree(Options()).Fit(MlNetData.Binary(ml, rows, positive));
        return x => MlNetData.Probabilities(model.Transform(MlNetData.Binary(ml, x, new bool[x.Length])));
    }

    public override MulticlassScorer FitMulticlass(float[][] rows, int[] labels, int classes)
    {
        var ml = NewContext();
        var trainer = MlNetData.LabelToKey(ml, classes)
            .Append(ml.MulticlassClassification.Trainers.OneVersusAll(ml.BinaryClassification.Trainers.FastTree(Options())));
        var model = trainer.Fit(MlNetData.Multiclass(ml, rows, labels));
        return x => MlNetData.ScoreVectors(model.Transform(MlNetData.Multiclass(ml, x, null)));
    }
}
