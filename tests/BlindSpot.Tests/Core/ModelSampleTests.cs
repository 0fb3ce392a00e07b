using BlindSpot.Core;
using BlindSpot.EarlyWarning;
using BlindSpot.Modeling;
using BlindSpot.Studies;
using BlindSpot.Tests.Modeling;

namespace BlindSpot.Tests.Core;

public class ModelSampleTests
{
    private static readonly string[] Ids = [.. Enumerable.Range(0, 100_000).Select(i => $"s{i:D6}")];

    [Fact]
    public void A_log_within_the_cap_or_with_no_cap_is_used_whole()
    {
        Assert.True(new ModelSample(250_000, 1_250, 42).IsWhole);
        Assert.True(new ModelSample(0, 10_000_000, 42).IsWhole);
        Assert.All(Ids.Take(100), id => Assert.True(new ModelSample(1_000, 1_000, 42).Keeps(id)));
    }

    [Fact]
    public void About_the_cap_is_kept_the_same_sessions_in_any_order_and_another_seed_keeps_others()
    {
        var sample = new ModelSample(10_000, Ids.Length, 42);
        var kept = Ids.Where(sample.Keeps).ToList();
        // binomial(100,000, 0.1): standard deviation 95, so 3 % either side is past 3 of them
        Assert.InRange(kept.Count, 9_700, 10_300);
        Assert.Equal(kept, Ids.Reverse().Where(sample.Keeps).Reverse());
        var other = Ids.Where(new ModelSample(10_000, Ids.Length, 7).Keeps).ToHashSet();
        Assert.InRange(kept.Count(other.Contains), 700, 1_300); // independent draws overlap by about a tenth
    }

    [Fact]
    public void The_feature_matrix_keeps_its_order_labels_and_provenance_in_the_sample()
    {
        var data = SyntheticData.Make(perClass: 400);
        var sample = data.ForModels(300, seed: 5);
        var rule = new ModelSample(300, data.Count, 5);
        Assert.Equal(data.SessionIds.Where(rule.Keeps), sample.SessionIds);
        Assert.InRange(sample.Count, 240, 360);
        var index = data.SessionIds.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        Assert.All(Enumerable.Range(0, sample.Count), k => Assert.Equal(data.Labels[index[sample.SessionIds[k]]], sample.Labels[k]));
        Assert.Same(data, data.ForModels(data.Count, seed: 5));
        Assert.Equal((data.Count, data.Count), (sample.LogSessions, data.LogSessions));
        Assert.Equal(data.Count, sample.WithShuffledLabels(1).LogSessions);
    }

    [Fact]
    public void A_features_file_read_for_the_models_holds_only_the_kept_rows_and_equals_the_whole_matrix_sampled()
    {
        var dir = Directory.CreateTempSubdirectory("blindspot-model-features-");
        try
        {
            string file;
            using (var study = new Study(RepoPaths.Of("data", "turns.csv"), new StudyOptions { RunFolder = dir.FullName }, TextWriter.Null))
                file = study.EnsureFeaturesFile();
            var whole = FeatureLoader.Load(file).ForModels(500, seed: 42);
            var read = FeatureLoader.Load(file, modelSessions: 500, seed: 42);
            AssertSameSample(whole, read);
            Assert.Equal(whole.Provenance, read.Provenance);
        }
        finally { dir.Delete(recursive: true); }
    }

    [Fact]
    public void A_loaded_log_read_for_the_models_under_two_definitions_gives_each_whole_matrix_sampled()
    {
        using var study = new Study(RepoPaths.Of("data", "turns.csv"), new StudyOptions { ModelSessions = 500 }, TextWriter.Null);
        foreach (var definition in new[] { "three_tier", "escalation_only" }) // the second finds the first's draws in the session
        {
            using var under = study.Under(definition);
            var read = under.ModelFeatures();
            var whole = under.Features().ForModels(500, seed: 42);
            AssertSameSample(whole, read);
        }
    }

    /// <summary>A sample read on its own equals the whole matrix's sample: sessions, columns, labels and every value.</summary>
    private static void AssertSameSample(FeatureMatrix whole, FeatureMatrix read)
    {
        Assert.True(read.Count < read.LogSessions);
        Assert.Equal((whole.LogSessions, whole.Count), (read.LogSessions, read.Count));
        Assert.Equal(whole.Columns, read.Columns);
        Assert.Equal(whole.SessionIds, read.SessionIds);
        Assert.Equal(whole.Labels, read.Labels);
        Assert.All(Enumerable.Range(0, read.Count), i => Assert.Equal(whole.Rows[i], read.Rows[i]));
    }

    [Fact]
    public void Early_warning_prefixes_are_read_for_the_sessions_the_feature_matrix_keeps()
    {
        var turns = RepoPaths.Of("data", "turns.csv");
        var all = PrefixDataset.Load(turns);
        var sampled = PrefixDataset.Load(turns, modelSessions: 500, seed: 42);
        var rule = new ModelSample(500, all.Count, 42);
        Assert.Equal(all.Count, sampled.LogSessions);
        Assert.Equal(all.SessionIds.Where(rule.Keeps), sampled.SessionIds);
        Assert.InRange(sampled.Count, 420, 580);
        Assert.All(sampled.Prefixes, p => Assert.True(rule.Keeps(p.SessionId)));
        Assert.Equal(all.Prefixes.Count(p => rule.Keeps(p.SessionId)), sampled.Prefixes.Count);
    }
}
