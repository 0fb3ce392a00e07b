using BlindSpot.Audit;
using BlindSpot.Modeling;
using BlindSpot.Simulation;

namespace BlindSpot.Tests.Audit;

/// <summary>Simulate → features → linear nested model, 5-fold × 1 → audit rows: the whole path the notebook takes.</summary>
internal static class PlantedAudit
{
    public static IReadOnlyList<AuditRow> Rows(int seed, int sessions, bool hiddenFailures, bool sentimentOnly = false, bool equalScope = false)
    {
        var folder = Path.Combine(Path.GetTempPath(), "blindspot-audit-" + Guid.NewGuid().ToString("N"));
        try
        {
            var options = new SimulationOptions { Seed = seed, Sessions = sessions, Effects = new PlantedEffects { HiddenFailures = hiddenFailures } };
            if (equalScope) options = options with { Model = new BehaviourModel { OutOfScopeRate = options.Model.OutOfScopeRate.ToDictionary(kv => kv.Key, _ => 0.5) } };
            var dataset = DatasetWriter.Write(options, folder);
            var features = FeatureLoader.WriteFeatures(dataset.TurnsParquet, Path.Combine(folder, "features.parquet"));
            var data = FeatureLoader.Load(features);
            var intents = AuditData.Intents(data);
            if (sentimentOnly) data = SentimentOnly(data);
            var result = CrossValidator.Run(data, new LinearLearner(seed), FoldPlan.Stratified(data.Labels, 5, 1, seed));
            return AuditData.FromCv(result, intents);
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The same sessions with only the user-sentiment columns (and their missing indicators) as features.</summary>
    public static FeatureMatrix SentimentOnly(FeatureMatrix data)
    {
        var keep = data.Columns.Select((c, i) => (c, i)).Where(x => x.c.Contains("sentiment", StringComparison.Ordinal)).Select(x => x.i).ToArray();
        return new FeatureMatrix(data.SessionIds, data.Rows.Select(r => keep.Select(i => r[i]).ToArray()).ToArray(), data.Labels,
                                 keep.Select(i => data.Columns[i]).ToList());
    }
}
