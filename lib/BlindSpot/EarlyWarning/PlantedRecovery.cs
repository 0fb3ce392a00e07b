using BlindSpot.Modeling;
using BlindSpot.Simulation;

namespace BlindSpot.EarlyWarning;

/// <summary>What the analysis finds about velocity at k = 3 in one simulated data set.</summary>
public sealed record RecoveryResult(bool EarlySentimentDrop, int Sessions, int Seed, double AverageAuc, double AverageAndVelocityAuc,
                                    double RawVelocityAuc, double RawAverageAuc)
{
    /// <summary>AUC points velocity adds to the average-sentiment model (drop-column importance of velocity).</summary>
    public double VelocityGain => AverageAndVelocityAuc - AverageAuc;
}

/// <summary>
/// Planted-effect check: simulate with the early sentiment drop on or off (everything else default), forecast
/// abandonment at k = 3 with and without velocity on the same folds, and report what velocity adds.
/// </summary>
public static class PlantedRecovery
{
    public const int K = 3;

    public static RecoveryResult Run(bool earlySentimentDrop, int sessions, int seed, Learner? learner = null, int folds = 5)
    {
        var folder = Directory.CreateTempSubdirectory("blindspot-recovery-").FullName;
        try
        {
            var options = new SimulationOptions { Seed = seed, Sessions = sessions, Effects = new PlantedEffects { EarlySentimentDrop = earlySentimentDrop } };
            var dataset = DatasetWriter.Write(options, folder);
            var data = PrefixDataset.Load(dataset.TurnsParquet, K);
            learner ??= new LinearLearner(seed);
            var plan = FoldPlan.Stratified(data.Labels, folds, 1, seed);
            return new RecoveryResult(earlySentimentDrop, sessions, seed,
                PrefixForecaster.OutOfFold(data, plan, learner, K, FeatureSet.Average, Target.Abandon).Auc,
                PrefixForecaster.OutOfFold(data, plan, learner, K, FeatureSet.AverageAndVelocity, Target.Abandon).Auc,
                PrefixForecaster.SingleFeature(data, K, "sentiment_velocity", Target.Abandon).Auc,
                PrefixForecaster.SingleFeature(data, K, "mean_sentiment", Target.Abandon).Auc);
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    public static Microsoft.Data.Analysis.DataFrame ToDataFrame(IReadOnlyList<RecoveryResult> results) => new(
        new Microsoft.Data.Analysis.StringDataFrameColumn("early sentiment drop", results.Select(r => r.EarlySentimentDrop ? "on" : "off")),
        new Microsoft.Data.Analysis.Int32DataFrameColumn("sessions", results.Select(r => r.Sessions)),
        new Microsoft.Data.Analysis.DoubleDataFrameColumn("velocity alone", results.Select(r => Math.Round(r.RawVelocityAuc, 3))),
        new Microsoft.Data.Analysis.DoubleDataFrameColumn("average alone", results.Select(r => Math.Round(r.RawAverageAuc, 3))),
        new Microsoft.Data.Analysis.DoubleDataFrameColumn("base + average", results.Select(r => Math.Round(r.AverageAuc, 3))),
        new Microsoft.Data.Analysis.DoubleDataFrameColumn("base + average + velocity", results.Select(r => Math.Round(r.AverageAndVelocityAuc, 3))),
        new Microsoft.Data.Analysis.DoubleDataFrameColumn("velocity added to average", results.Select(r => Math.Round(r.VelocityGain, 3))));
}
