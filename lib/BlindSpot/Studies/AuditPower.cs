using System.Collections.Concurrent;
using BlindSpot.Audit;
using BlindSpot.Modeling;
using BlindSpot.Simulation;

namespace BlindSpot.Studies;

/// <summary>One seed of an audit null or power run: the audit's tests, how many it flagged, and whether it flagged the hidden intent higher.</summary>
public sealed record AuditSeed(int Seed, int Tests, int Flags, bool HiddenFlaggedHigher);

/// <summary>
/// How often the audit flags by chance and how often it finds the planted hidden failures: simulate, compute features,
/// cross-validate the linear nested model (5 folds), audit by intent, over many seeds. With every plant off and the
/// intents made alike (<see cref="EqualScope"/>: one out-of-scope rate for all, so nothing but chance separates them)
/// every flag is false: the share of tests flagged is the audit's false-flag rate. With the hidden-failure plant on, the
/// share of seeds that flag the hidden intent is its power.
/// </summary>
public static class AuditPower
{
    /// <summary>The simulator's intents with one out-of-scope rate (0.5), so that the intents differ by chance alone.</summary>
    public static SimulationOptions EqualScope(SimulationOptions options) =>
        options with { Model = options.Model with { OutOfScopeRate = options.Model.OutOfScopeRate.ToDictionary(kv => kv.Key, _ => 0.5) } };

    public static IReadOnlyList<AuditSeed> Run(IReadOnlyList<int> seeds, int sessions, PlantedEffects effects, bool equalScope,
                                               AuditOptions? options = null, int? parallelism = null)
    {
        options ??= new AuditOptions();
        var results = new ConcurrentBag<AuditSeed>();
        Parallel.ForEach(seeds, new ParallelOptions { MaxDegreeOfParallelism = parallelism ?? Environment.ProcessorCount }, seed =>
        {
            var simulation = new SimulationOptions { Seed = seed, Sessions = sessions, Effects = effects };
            var audit = new GroupAudit(Rows(equalScope ? EqualScope(simulation) : simulation), options with { Seed = seed });
            var hidden = audit.Groups.Contains(effects.HiddenFailureIntent)
                         && audit[effects.HiddenFailureIntent, AuditMetric.FalseNegativeRate].Status == DisparityStatus.Higher;
            results.Add(new AuditSeed(seed, audit.Tests, audit.Metrics.Where(m => m.Tested).Sum(m => audit.Flagged(m).Count), hidden));
        });
        return [.. results.OrderBy(r => r.Seed)];
    }

    /// <summary>Simulate → features → linear nested model, 5-fold × 1 → audit rows by intent: the path notebook 04 takes.</summary>
    public static IReadOnlyList<AuditRow> Rows(SimulationOptions simulation, Func<FeatureMatrix, FeatureMatrix>? features = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "blindspot-audit-" + Guid.NewGuid().ToString("N"));
        try
        {
            var dataset = DatasetWriter.Write(simulation, folder);
            using var study = new Study(dataset.TurnsParquet);
            var data = study.Features();
            var intents = AuditData.Intents(data);
            if (features is not null) data = features(data);
            var result = CrossValidator.Run(data, new LinearLearner(simulation.Seed), FoldPlan.Stratified(data.Labels, 5, 1, simulation.Seed));
            return AuditData.FromCv(result, intents);
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}
