using System.Globalization;
using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace BlindSpot.Modeling;

/// <summary>
/// Logistic regression (binary) and maximum-entropy multinomial logistic regression (multiclass), fitted with
/// L-BFGS on features standardised to mean 0, variance 1 on the training fold (the scaling is part of the model,
/// so test folds are scaled with training statistics). One thread: L-BFGS is then deterministic. The scaled rows are
/// cached before L-BFGS, which passes over them once per iteration (re-reading and re-scaling them each time was
/// most of a fit's cost on small data; the numbers are the same).
/// </summary>
public sealed class LinearLearner(int seed = 42) : Learner(Id, seed)
{
    public const string Id = "linear";

    public float L2Regularization { get; init; } = 1f;

    public override IReadOnlyList<(string Model, string Steps)> Pipelines() =>
    [
        ("flat (3 classes)", $"MapValueToKey(Label) → NormalizeMeanVariance(Features) → cache → LbfgsMaximumEntropy({Settings})"),
        ("nested level 1 and level 2 (binary)", $"NormalizeMeanVariance(Features) → cache → LbfgsLogisticRegression({Settings})"),
    ];

    private string Settings => string.Create(CultureInfo.InvariantCulture, $"L2 = {L2Regularization}, L1 = 0, 1 thread");

    public override BinaryScorer FitBinary(TrainingRows rows, int[]? subset, bool[] positive)
    {
        var ml = NewContext();
        var pipeline = ml.Transforms.NormalizeMeanVariance("Features")
            .AppendCacheCheckpoint(ml)
            .Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                NumberOfThreads = 1,
                L2Regularization = L2Regularization,
                L1Regularization = 0f,
            }));
        var model = pipeline.Fit(MlNetData.Binary(ml, rows.Select(subset), positive));
        return x => MlNetData.Probabilities(model.Transform(MlNetData.Binary(ml, x, new bool[x.Length])));
    }

    public override MulticlassScorer FitMulticlass(TrainingRows rows, int[] labels, int classes)
    {
        var ml = NewContext();
        var pipeline = MlNetData.LabelToKey(ml, classes)
            .Append(ml.Transforms.NormalizeMeanVariance("Features"))
            .AppendCacheCheckpoint(ml)
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                NumberOfThreads = 1,
                L2Regularization = L2Regularization,
                L1Regularization = 0f,
            }));
        var model = pipeline.Fit(MlNetData.Multiclass(ml, rows.Rows, labels));
        return x => MlNetData.ScoreVectors(model.Transform(MlNetData.Multiclass(ml, x, null)));
    }
}
