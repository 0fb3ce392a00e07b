using BlindSpot.Audit;
using BlindSpot.EarlyWarning;
using BlindSpot.Modeling;
using BlindSpot.Simulation;
using BlindSpot.Sql;
using BlindSpot.Studies;

namespace BlindSpot.Summary;

/// <summary>One figure of one simulator seed: a row of the sweep's tidy table.</summary>
public sealed record SeedFigure(int Seed, string Figure, double Value);

/// <summary>
/// The whole analysis on one simulated data set: the stages the notebooks run (simulate, features, cross-validation of
/// both designs per learner, the audit, early warning, the handoff seam), in a folder of its own that is deleted after,
/// returning the figures the claims rest on. Deterministic: the same seed and options give the same figures.
/// </summary>
public static class SeedRun
{
    public static IReadOnlyList<SeedFigure> Run(int seed, SweepOptions options, string workFolder)
    {
        options.Validate();
        var folder = Path.Combine(workFolder, $"seed-{seed}");
        try
        {
            return Figures(seed, options, folder);
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    private static IReadOnlyList<SeedFigure> Figures(int seed, SweepOptions options, string folder)
    {
        var figures = new List<SeedFigure>();
        void Add(string figure, double? value) => figures.Add(new(seed, figure, value ?? double.NaN));

        var dataset = DatasetWriter.Write(new SimulationOptions { Seed = seed, Sessions = options.Sessions, Effects = options.Effects }, folder);
        using var seedStudy = new Study(dataset.TurnsParquet, new StudyOptions
        {
            Sql = new SqlStageOptions { OutcomeDefinition = options.OutcomeDefinition },
            TruthPath = dataset.TruthParquet,
            // repeated folds, as notebook 03: the nested − flat gain and its corrected t rest on folds × repeats, not one split
            Modeling = new ModelingOptions { Learners = options.Learners, Folds = options.Folds, Repeats = RepeatedFolds.Repeats, Seed = seed, ShuffledControl = false },
            Bootstrap = options.Bootstrap, MaxK = options.MaxK, AlertShare = options.AlertShare, Handoff = dataset.Handoff,
        });
        var study = seedStudy.Run();

        var outcomes = study.Outcomes;
        Add(SweepFigures.EscalatedShare, outcomes.EscalatedShare);
        Add(SweepFigures.AbandonedShare, outcomes.AbandonedShare);
        Add(SweepFigures.FailuresBeforeEscalation, outcomes.FailuresBeforeEscalation);
        Add(SweepFigures.EscalationOnlyRecall, outcomes.ScoresVsTruth.GetValueOrDefault("escalation_only")?.FailureRecall);

        foreach (var r in study.Models.Results)
        {
            Add(SweepFigures.Of(SweepFigures.LevelTwoOracleF1, r.Learner), r.Summary(Design.Nested, MetricNames.LevelTwoOracleF1).Mean);
            Add(SweepFigures.Of(SweepFigures.LevelTwoRoutedF1, r.Learner), r.Summary(Design.Nested, MetricNames.LevelTwoRoutedF1).Mean);
            var gap = CorrectedResampledT.NestedMinusFlat(r, MetricNames.MacroF1);
            Add(SweepFigures.Of(SweepFigures.NestedMinusFlatLower, r.Learner), 100 * gap.Lower);
            Add(SweepFigures.Of(SweepFigures.NestedMinusFlatUpper, r.Learner), 100 * gap.Upper);
        }

        AddAudit(figures, seed, study.Audit, options, LatentTruth.Read(dataset.TruthParquet));

        var early = study.EarlyWarning.Findings;
        foreach (var set in FeatureSet.Standard) Add(SweepFigures.Of(SweepFigures.AucK3, set.Name), early.Auc(3, set));
        for (var k = 1; k <= options.MaxK; k++)
            if (k != 3) Add(SweepFigures.Of(SweepFigures.AucAtK(k), FeatureSet.Average.Name), early.Auc(k, FeatureSet.Average));
        for (var k = 3; k <= options.MaxK; k++)
            if (k != 3) Add(SweepFigures.Of(SweepFigures.AucAtK(k), FeatureSet.Velocity.Name), early.Auc(k, FeatureSet.Velocity));

        var handoff = study.Handoff!.Findings;
        foreach (var (segment, s) in handoff.Segments)
        {
            Add(SweepFigures.Of(SweepFigures.Csat, segment), s.Csat);
            Add(SweepFigures.Of(SweepFigures.Nps, segment), s.Nps);
        }

        // The figures the verdicts' rules read, taken from the findings exactly as the claims take seed 42's.
        var gains = study.Models.Results.Select(r => (r.Learner, 100 * r.PairedDifference(MetricNames.MacroF1).Mean));
        foreach (var (name, value) in ClaimFigures.From(outcomes, gains, study.Audit.Findings, early, handoff).OrderBy(f => f.Key, StringComparer.Ordinal)) Add(name, value);
        return figures;
    }

    private static void AddAudit(List<SeedFigure> figures, int seed, AuditRun run, SweepOptions options, IReadOnlyDictionary<string, int> truth)
    {
        var fnr = AuditMetric.FalseNegativeRate;
        var rows = run.Rows;
        var audit = run.Findings;
        var auditOptions = new AuditOptions { Bootstrap = options.Bootstrap, Seed = seed };
        var againstTruth = new GroupAudit(LatentTruth.Apply(rows, truth), auditOptions with { Bootstrap = 1 });
        var flagged = audit.GroupsFlaggedHigher > 0 ? audit.HighestRatioGroup : null;
        figures.Add(new(seed, SweepFigures.AuditTests, run.Audit.Tests));
        figures.Add(new(seed, SweepFigures.AuditFlags, run.Audit.Metrics.Where(m => m.Tested).Sum(m => run.Audit.Flagged(m).Count)));
        foreach (var (group, g) in audit.Groups)
        {
            figures.Add(new(seed, SweepFigures.Of(SweepFigures.Fnr, group), g.Fnr ?? double.NaN));
            figures.Add(new(seed, SweepFigures.Of(SweepFigures.FnrTruth, group), againstTruth[group, fnr].Value));
            figures.Add(new(seed, SweepFigures.Of(SweepFigures.FlaggedHighest, group), group == flagged ? 1 : 0));
        }
    }
}
