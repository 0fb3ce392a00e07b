using Microsoft.ML;
using Microsoft.ML.Trainers.LightGbm;

namespace BlindSpot.Modeling;

/// <summary>
/// Gradient-boosted trees (LightGBM through ML.NET). Binary: one model with the logistic loss, its sigmoid output as
/// the probability. Multiclass: one native softmax model, so a fold bins its data once and grows one tree per class
/// per round (one-versus-all FastTree, used before, fitted and binned three separate models).
/// Deterministic: fixed seed, one thread per model (folds run in parallel instead), no bagging, no feature
/// subsampling: with one thread LightGBM sums histograms in a fixed order, so the same data give byte-identical scores.
/// </summary>
public sealed class BoostedTreesLearner(int seed = 42) : Learner(Id, seed)
{
    public const string Id = "boosted_trees";

    public int Trees { get; init; } = 100;
    public int Leaves { get; init; } = 8;
    public int MinimumExamplesPerLeaf { get; init; } = 10;
    public double LearningRate { get; init; } = 0.1;

    public override BinaryScorer FitBinary(float[][] rows, bool[] positive)
    {
        var ml = NewContext();
        var options = new LightGbmBinaryTrainer.Options
        {
            NumberOfThreads = 1,
            Seed = Seed,
            NumberOfIterations = Trees,
            NumberOfLeaves = Leaves,
            MinimumExampleCountPerLeaf = MinimumExamplesPerLeaf,
            LearningRate = LearningRate,
            Silent = true,
            Verbose = false,
        };
        var model = ml.BinaryClassification.Trainers.LightGbm(options).Fit(MlNetData.Binary(ml, rows, positive));
        return x => MlNetData.Probabilities(model.Transform(MlNetData.Binary(ml, x, new bool[x.Length])));
    }

    public override MulticlassScorer FitMulticlass(float[][] rows, int[] labels, int classes)
    {
        var ml = NewContext();
        var options = new LightGbmMulticlassTrainer.Options
        {
            NumberOfThreads = 1,
            Seed = Seed,
            NumberOfIterations = Trees,
            NumberOfLeaves = Leaves,
            MinimumExampleCountPerLeaf = MinimumExamplesPerLeaf,
            LearningRate = LearningRate,
            UseSoftmax = true,
            Silent = true,
            Verbose = false,
        };
        var trainer = MlNetData.LabelToKey(ml, classes).Append(ml.MulticlassClassification.Trainers.LightGbm(options));
        var model = trainer.Fit(MlNetData.Multiclass(ml, rows, labels));
        return x => MlNetData.ScoreVectors(model.Transform(MlNetData.Multiclass(ml, x, null)));
    }
}
