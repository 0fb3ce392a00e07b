using BlindSpot.Core;
using BlindSpot.EarlyWarning;
using BlindSpot.Modeling;
using BlindSpot.Simulation;

namespace BlindSpot.Tests.EarlyWarning;

public class AlertEvidenceTests
{
    [Fact]
    public void The_weighted_auc_of_one_draw_of_each_session_is_the_plain_auc()
    {
        var random = new SplitMixRandom(3);
        var scores = Enumerable.Range(0, 300).Select(_ => Math.Round(random.NextDouble(), 1)).ToArray(); // rounded: many ties
        var truth = scores.Select(s => random.NextDouble() < s).ToArray();
        var order = Enumerable.Range(0, scores.Length).OrderBy(i => scores[i]).ToArray();
        Assert.Equal(BinaryMetrics.RocAuc(scores, truth), AucBootstrap.WeightedAuc(order, scores, truth, [.. scores.Select(_ => 1)]), 12);
        var twice = scores.Concat(scores).ToArray();
        Assert.Equal(BinaryMetrics.RocAuc(twice, [.. truth, .. truth]), AucBootstrap.WeightedAuc(order, scores, truth, [.. scores.Select(_ => 2)]), 12);
    }

    [Fact]
    public void Alerts_on_a_simulated_log_stand_out_and_get_a_recommendation()
    {
        var a = Analysis(shuffled: false);
        var e = a.Evidence(a.BestK(), a.Options.AlertShare);
        Assert.True(e.Check().IsTestable, e.Check().Sentence);
        Assert.True(e.LiftInterval.Lower > 1 && e.AucInterval.Lower > 0.5, e.Text());
        Assert.Contains($"Recommendation: reach out at the first alert during the first {a.BestK()} user turn", Recommendation.Compose(a));
    }

    [Fact]
    public void Alerts_on_shuffled_outcomes_are_noise_and_get_no_recommendation()
    {
        var a = Analysis(shuffled: true);
        var check = a.Evidence(a.BestK(), a.Options.AlertShare).Check();
        Assert.False(check.IsTestable);
        Assert.StartsWith("not testable on this log: ", check.Sentence);
        Assert.Contains($"No recommendation to reach out: the alert policy is {check.Sentence}.", Recommendation.Compose(a));
        Assert.DoesNotContain("Recommendation: reach out", Recommendation.Compose(a));
    }

    private static EarlyWarningAnalysis Analysis(bool shuffled)
    {
        using var folder = new TempFolder();
        var turns = DatasetWriter.Write(new SimulationOptions { Sessions = 400, Seed = 7 }, folder.Path).TurnsParquet;
        var data = PrefixDataset.Load(turns, 3);
        if (shuffled)
        {
            var labels = data.Labels.ToList();
            var random = new SplitMixRandom(11);
            for (var i = labels.Count - 1; i > 0; i--)
            {
                var j = random.Next(0, i + 1);
                (labels[i], labels[j]) = (labels[j], labels[i]);
            }
            data = new PrefixDataset(data.SessionIds, labels, data.TerminalTurns, data.Prefixes, data.MaxK);
        }
        return EarlyWarningAnalysis.Run(data, new LinearLearner(7), new EarlyWarningOptions { MaxK = 3, Seed = 7, Bootstrap = 300 });
    }
}
