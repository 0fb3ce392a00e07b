using BlindSpot.Core;
using BlindSpot.EarlyWarning;
using BlindSpot.Modeling;
using BlindSpot.Simulation;

namespace BlindSpot.Tests.EarlyWarning;

public class EarlyWarningAnalysisTests
{
    [Fact]
    public void The_planted_early_drop_is_found_when_on_and_not_when_off()
    {
        // 4,000 sessions: at 1,250 only ~130 abandoners are still there at k = 3, too few for a stable AUC difference
        var on = PlantedRecovery.Run(earlySentimentDrop: true, sessions: 4000, seed: 42);
        var off = PlantedRecovery.Run(earlySentimentDrop: false, sessions: 4000, seed: 42);

        Assert.True(on.VelocityGain > 0.01, $"velocity adds {on.VelocityGain:0.000} AUC with the drop on");
        Assert.True(Math.Abs(off.VelocityGain) < 0.01, $"velocity adds {off.VelocityGain:0.000} AUC with the drop off");
        Assert.True(on.RawVelocityAuc > 0.54, $"raw velocity AUC {on.RawVelocityAuc:0.000} with the drop on");
        Assert.True(Math.Abs(off.RawVelocityAuc - 0.5) < 0.03, $"raw velocity AUC {off.RawVelocityAuc:0.000} with the drop off");
    }

    [Fact]
    public void Same_data_and_seed_give_exactly_the_same_numbers()
    {
        using var folder = new TempFolder();
        var turns = DatasetWriter.Write(new SimulationOptions { Sessions = 400, Seed = 7 }, folder.Path).TurnsParquet;
        string Run()
        {
            var analysis = EarlyWarningAnalysis.Run(PrefixDataset.Load(turns, 4), new LinearLearner(7), new EarlyWarningOptions { MaxK = 4, Seed = 7 });
            return string.Join("\n", analysis.Models.Select(m => $"{m.K} {m.FeatureSet} {m.Target} " + string.Join(",", m.Scores.Select(s => s.ToString("R")))))
                 + EarlyWarningTables.Intervention(analysis) + Recommendation.Compose(analysis);
        }
        var first = Run();
        Assert.Equal(first, Run());
        Assert.Contains("Recommendation: reach out", first);
    }

    [Fact]
    public void Folds_are_notebook_03s_and_every_session_at_k_gets_one_out_of_fold_score()
    {
        using var folder = new TempFolder();
        var turns = DatasetWriter.Write(new SimulationOptions { Sessions = 300, Seed = 3 }, folder.Path).TurnsParquet;
        var data = PrefixDataset.Load(turns, 3);
        var features = FeatureLoader.Load(FeaturesFile.Write(turns, folder.Path));
        Assert.Equal(features.SessionIds, data.SessionIds); // same order, so FoldPlan.Stratified gives the same folds
        Assert.Equal(features.Labels, data.Labels);

        var plan = FoldPlan.Stratified(data.Labels, 5, 1, 42);
        var scores = PrefixForecaster.OutOfFold(data, plan, new LinearLearner(), 2, FeatureSet.All, Target.Failure);
        Assert.Equal(data.AtK[2].Select(a => a.Session), scores.Sessions);
        Assert.All(scores.Scores, s => Assert.InRange(s, 0, 1));
        Assert.Equal(data.AtK[2].Select(a => data.Labels[a.Session] != (int)Outcome.Resolved), scores.Truth);
        Assert.True(data.AtK[1].Count >= data.AtK[2].Count && data.AtK[2].Count >= data.AtK[3].Count);
    }
}
