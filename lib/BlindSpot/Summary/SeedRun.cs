using BlindSpot.Audit;
using BlindSpot.Core;
using BlindSpot.EarlyWarning;
using BlindSpot.Handoff;
using BlindSpot.Modeling;
using BlindSpot.Simulation;
using BlindSpot.Sql;

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

        var dataset = DatasetWriter.Write(new SimulationOptions { Seed = seed, Sessions = options.Sessions }, folder);
        using var sql = new SqlSession();
        sql.LoadTurns(dataset.TurnsParquet);
        sql.Execute("session_features.sql");
        sql.Outcomes(options.OutcomeDefinition);
        sql.AllOutcomeLabels();
        sql.LoadTruth(dataset.TruthParquet);
        var outcomes = OutcomeFindings.From(options.OutcomeDefinition, sql.Query("headline.sql", "outcome_shares"), sql.Query("headline.sql", "reveal"),
            sql.Query("headline.sql", "failures_by_outcome"), sql.Query("headline.sql", "definitions_vs_truth"), sql.Query("headline.sql", "failures_by_intent"));
        Add(SweepFigures.EscalatedShare, outcomes.EscalatedShare);
        Add(SweepFigures.AbandonedShare, outcomes.AbandonedShare);
        Add(SweepFigures.FailuresBeforeEscalation, outcomes.FailuresBeforeEscalation);
        Add(SweepFigures.EscalationOnlyRecall, outcomes.ScoresVsTruth.GetValueOrDefault("escalation_only")?.FailureRecall);

        var featuresPath = Path.Combine(folder, "features.parquet");
        sql.WriteFeatures(featuresPath);
        var data = FeatureLoader.Load(featuresPath);
        var plan = FoldPlan.Stratified(data.Labels, options.Folds, 1, seed);
        var results = CrossValidator.Run(data, options.Learners.Select(l => Learner.ByName(l, seed)).ToList(), plan);
        foreach (var r in results)
        {
            Add(SweepFigures.Of(SweepFigures.LevelTwoOracleF1, r.Learner), r.Summary(Design.Nested, MetricNames.LevelTwoOracleF1).Mean);
            Add(SweepFigures.Of(SweepFigures.LevelTwoRoutedF1, r.Learner), r.Summary(Design.Nested, MetricNames.LevelTwoRoutedF1).Mean);
            Add(SweepFigures.Of(SweepFigures.NestedMinusFlat, r.Learner), 100 * r.PairedDifference(MetricNames.MacroF1).Mean);
        }

        AddAudit(figures, seed, results[0], options, LatentTruth.Read(dataset.TruthParquet));

        var prefixes = PrefixDataset.From(sql, options.MaxK, options.OutcomeDefinition);
        var early = EarlyWarningFindings.From(
            EarlyWarningAnalysis.Run(prefixes, Learner.ByName(options.Learners[0], seed),
                new EarlyWarningOptions { MaxK = options.MaxK, Folds = options.Folds, Seed = seed, Threshold = options.Threshold }),
            options.Threshold, [], options.OutcomeDefinition);
        foreach (var set in FeatureSet.Standard) Add(SweepFigures.Of(SweepFigures.AucK3, set.Name), early.Auc(3, set));
        for (var k = 1; k <= options.MaxK; k++)
            if (k != 3) Add(SweepFigures.Of(SweepFigures.AucAtK(k), FeatureSet.Average.Name), early.Auc(k, FeatureSet.Average));
        for (var k = 3; k <= options.MaxK; k++)
            if (k != 3) Add(SweepFigures.Of(SweepFigures.AucAtK(k), FeatureSet.Velocity.Name), early.Auc(k, FeatureSet.Velocity));
        Add(SweepFigures.VelocityGainK3, early.Auc(3, FeatureSet.Velocity) - early.Auc(3, FeatureSet.Average));
        Add(SweepFigures.ShareAbandonersAlerted, early.ShareAbandonersAlerted);

        HandoffData.Load(sql, dataset.Handoff!);
        var handoff = HandoffFindings.From(sql.Query("handoff_metrics.sql", "segmented"), sql.Query("handoff_metrics.sql", "by_packet"));
        foreach (var (segment, s) in handoff.Segments)
        {
            Add(SweepFigures.Of(SweepFigures.Csat, segment), s.Csat);
            Add(SweepFigures.Of(SweepFigures.Nps, segment), s.Nps);
        }
        Add(SweepFigures.BlendedMinusEscalatedCsat, handoff.Segment("blended").Csat - handoff.Segment("ai_to_human").Csat);
        var (none, full) = (handoff.Packet("none"), handoff.Packet("full"));
        Add(SweepFigures.ReExplainedNoneMinusFull, none?.ReExplanationRate - full?.ReExplanationRate);
        Add(SweepFigures.CsatFullMinusNone, full?.Csat - none?.Csat);
        return figures;
    }

    private static void AddAudit(List<SeedFigure> figures, int seed, CvResult result, SweepOptions options, IReadOnlyDictionary<string, int> truth)
    {
        var fnr = AuditMetric.FalseNegativeRate;
        var rows = AuditData.FromCv(result);
        var auditOptions = new AuditOptions { Bootstrap = options.Bootstrap, Seed = seed };
        var audit = AuditFindings.From(FeatureLoader.IntentColumn, new GroupAudit(rows, auditOptions), Mitigation.Run(rows, auditOptions), options.OutcomeDefinition);
        var againstTruth = new GroupAudit(LatentTruth.Apply(rows, truth), auditOptions with { Bootstrap = 1 });
        var flagged = audit.GroupsFlaggedHigher > 0 ? audit.HighestRatioGroup : null;
        foreach (var (group, g) in audit.Groups)
        {
            figures.Add(new(seed, SweepFigures.Of(SweepFigures.Fnr, group), g.Fnr ?? double.NaN));
            figures.Add(new(seed, SweepFigures.Of(SweepFigures.FnrRatio, group), g.Ratio ?? double.NaN));
            figures.Add(new(seed, SweepFigures.Of(SweepFigures.FnrTruth, group), againstTruth[group, fnr].Value));
            figures.Add(new(seed, SweepFigures.Of(SweepFigures.FlaggedHighest, group), group == flagged ? 1 : 0));
        }
        figures.Add(new(seed, SweepFigures.FnrDisparityBefore, audit.FnrDisparityBefore));
        figures.Add(new(seed, SweepFigures.FnrDisparityAfter, audit.FnrDisparityAfter));
    }
}
