using BlindSpot.Modeling;
using BlindSpot.Simulation;
using Microsoft.Data.Analysis;

namespace BlindSpot.Studies;

/// <summary>Level 2's oracle F1 at one behavioural-noise setting of the simulator.</summary>
public sealed record NoisePoint(double Noise, double LevelTwoOracleF1, double Sd);

/// <summary>
/// Calibration aid: how level 2's oracle F1 moves with <see cref="SimulationOptions.BehaviouralNoise"/> (the chance
/// that a persister leaves or an abandoner asks for a human). For each value it simulates a data set into a temporary
/// folder, builds the features with the sql/ files, cross-validates, and deletes the folder. It changes nothing in
/// the repository's data.
/// </summary>
public static class NoiseSweep
{
    /// <summary>noise, l2_oracle_macro_f1, sd (3 decimals).</summary>
    public static DataFrame ToDataFrame(IReadOnlyList<NoisePoint> points) => new(
        new DoubleDataFrameColumn("behavioural_noise", points.Select(p => p.Noise)),
        new DoubleDataFrameColumn(MetricNames.LevelTwoOracleF1, points.Select(p => Math.Round(p.LevelTwoOracleF1, 3))),
        new DoubleDataFrameColumn("sd", points.Select(p => Math.Round(p.Sd, 3))));

    public static IReadOnlyList<NoisePoint> Run(IEnumerable<double> noises, Learner learner, int sessions = SimulationOptions.DefaultSessions,
                                                int simulationSeed = SimulationOptions.DefaultSeed, int folds = 5, int repeats = 1, int foldSeed = 42)
    {
        var points = new List<NoisePoint>();
        foreach (var noise in noises)
        {
            var dir = Directory.CreateTempSubdirectory("blindspot-noise-").FullName;
            try
            {
                var dataset = DatasetWriter.Write(new SimulationOptions { Sessions = sessions, Seed = simulationSeed, BehaviouralNoise = noise }, dir);
                using var study = new Study(dataset.TurnsParquet);
                var data = study.Features();
                var result = CrossValidator.Run(data, learner, FoldPlan.Stratified(data.Labels, folds, repeats, foldSeed));
                var s = result.Summary(Design.Nested, MetricNames.LevelTwoOracleF1);
                points.Add(new NoisePoint(noise, s.Mean, s.Sd));
            }
            finally
            {
                try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
            }
        }
        return points;
    }
}
