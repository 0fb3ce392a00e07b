using System.Diagnostics;
using BlindSpot.Simulation;

namespace BlindSpot.Modeling;

/// <summary>Wall time of one cross-validation of both designs (fits and predictions; features already loaded).</summary>
public sealed record BenchmarkTiming(string Learner, int Sessions, int Folds, int Repeats, TimeSpan Elapsed);

/// <summary>
/// A benchmark entry point (for a <c>bench</c> command): simulate <c>sessions</c> conversations into a temporary
/// folder, build features, and time k-fold CV of both designs for each learner. Timings are figures for the README,
/// never test assertions and never notebook output.
/// </summary>
public static class ModelingBenchmark
{
    public static IReadOnlyList<BenchmarkTiming> Run(int sessions, IEnumerable<string> learners, int folds = 5, int repeats = 1, int seed = 42,
                                                      TextWriter? log = null)
    {
        var dir = Directory.CreateTempSubdirectory("blindspot-bench-").FullName;
        try
        {
            var dataset = DatasetWriter.Write(new SimulationOptions { Sessions = sessions }, dir);
            var data = FeatureLoader.Load(FeatureLoader.WriteFeatures(dataset.TurnsParquet, Path.Combine(dir, "features.parquet")));
            return Time(data, learners, folds, repeats, seed, log);
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }

    public static IReadOnlyList<BenchmarkTiming> Time(FeatureMatrix data, IEnumerable<string> learners, int folds = 5, int repeats = 1, int seed = 42,
                                                       TextWriter? log = null)
    {
        var plan = FoldPlan.Stratified(data.Labels, folds, repeats, seed);
        var timings = new List<BenchmarkTiming>();
        foreach (var name in learners)
        {
            var watch = Stopwatch.StartNew();
            var result = CrossValidator.Run(data, Learner.ByName(name, seed), plan);
            watch.Stop();
            var timing = new BenchmarkTiming(name, data.Count, folds, repeats, watch.Elapsed);
            log?.WriteLine($"{name}: {data.Count:N0} sessions, {folds}-fold × {repeats}: {watch.Elapsed.TotalSeconds:F1} s " +
                           $"(macro F1 flat {result.Summary(Design.Flat, MetricNames.MacroF1).Mean:F3}, nested {result.Summary(Design.Nested, MetricNames.MacroF1).Mean:F3})");
            timings.Add(timing);
        }
        return timings;
    }
}
