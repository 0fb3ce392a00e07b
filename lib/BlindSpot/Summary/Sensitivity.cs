using BlindSpot.Audit;
using BlindSpot.Core;
using BlindSpot.EarlyWarning;
using BlindSpot.Handoff;
using BlindSpot.Modeling;
using BlindSpot.Sql;

namespace BlindSpot.Summary;

/// <summary>How large a sensitivity run is: the same folds and seed for every definition.</summary>
public sealed record SensitivityOptions
{
    public int Folds { get; init; } = 5;
    public int Seed { get; init; } = 42;
    public int Bootstrap { get; init; } = 200;
    public int MaxK { get; init; } = 6;
    public double Threshold { get; init; } = 0.5;
    public double SuccessRate { get; init; } = 0.3;
}

/// <summary>The whole case study under one outcome definition: every stage's findings, and the claims they give.</summary>
public sealed record DefinitionRun(string Definition, IReadOnlyList<string> CircularColumns, OutcomeShares Shares, StudyFindings Findings,
                                   IReadOnlyDictionary<string, (double Points, Interval Interval)> NestedMinusFlat, ClaimsTable Claims);

/// <summary>The share of sessions in each outcome under one definition.</summary>
public sealed record OutcomeShares(double Resolved, double Escalated, double Abandoned)
{
    public double FailureShare => Escalated + Abandoned;
}

/// <summary>
/// Which conclusions survive another outcome definition: runs every stage (outcomes, flat vs nested on the same folds
/// for both learners, the audit, early warning) under each definition on the same turn log, and the claims on each.
/// The handoff figures do not depend on the definition and the planted-drop check runs on its own data: both are taken
/// from the saved findings.
/// </summary>
public static class Sensitivity
{
    private static IReadOnlyList<string> Learners => Learner.Names;

    /// <summary>Every definition in sql/outcomes/ (a reviewer's new file included), by name.</summary>
    public static IReadOnlyList<string> ShippedDefinitions(SqlDirectory? sql = null) =>
        [.. (sql ?? SqlDirectory.Find()).List("outcomes").Where(p => p.EndsWith(".sql", StringComparison.Ordinal)).Select(p => Path.GetFileNameWithoutExtension(p))];

    /// <param name="cellDefinitions">Definitions written in a cell (name → SELECT), run beside the files' ones.</param>
    public static IReadOnlyList<DefinitionRun> Run(string turnsPath, string truthPath, StudyFindings saved,
        IEnumerable<string> definitions, SensitivityOptions? options = null, IReadOnlyDictionary<string, string>? cellDefinitions = null,
        IProgress<string>? progress = null)
    {
        cellDefinitions ??= new Dictionary<string, string>();
        definitions = definitions.Concat(cellDefinitions.Keys.Order(StringComparer.Ordinal)).Distinct().ToList();
        options ??= new SensitivityOptions();
        var names = definitions.ToList();
        var runs = new DefinitionRun[names.Count];
        var folder = Path.Combine(Path.GetTempPath(), "blindspot-sensitivity-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            // Definitions side by side: each run is independent (its own database, folds and seeds), and much of a run is
            // single-threaded SQL and bootstrap work that would leave the other cores idle. Results keep the given order.
            Parallel.For(0, names.Count, OnePerCore.Options, i =>
            {
                progress?.Report(names[i]);
                runs[i] = RunOne(turnsPath, truthPath, saved, names[i], options, cellDefinitions, Path.Combine(folder, names[i] + ".parquet"));
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
        return runs;
    }

    private static DefinitionRun RunOne(string turnsPath, string truthPath, StudyFindings saved, string definition,
                                        SensitivityOptions options, IReadOnlyDictionary<string, string> cellDefinitions, string featuresPath)
    {
        using var sql = new SqlSession();
        sql.LoadTurns(turnsPath);
        sql.Execute("session_features.sql");
        foreach (var (name, select) in cellDefinitions) sql.DefineOutcome(name, select);
        sql.BuildOutcomes(definition);
        sql.AllOutcomeLabels();
        sql.LoadTruth(truthPath);
        var shareRow = sql.Query("headline.sql", "outcome_shares");
        var shares = new OutcomeShares(shareRow.Lookup<double>("definition", definition, "resolved"),
            shareRow.Lookup<double>("definition", definition, "escalated"), shareRow.Lookup<double>("definition", definition, "abandoned"));
        var outcomes = OutcomeFindings.From(definition, sql.Query("headline.sql", "outcome_shares"), sql.Query("headline.sql", "reveal"), sql.Query("headline.sql", "failures_by_outcome"),
            sql.Query("headline.sql", "definitions_vs_truth"), sql.Query("headline.sql", "failures_by_intent"));
        var circular = sql.CircularColumns(definition);
        sql.WriteFeatures(featuresPath);

        var data = FeatureLoader.Load(featuresPath);
        var plan = FoldPlan.Stratified(data.Labels, options.Folds, 1, options.Seed);
        var results = CrossValidator.Run(data, Learners.Select(l => Learner.ByName(l, options.Seed)).ToList(), plan);
        var shuffled = data.WithShuffledLabels(options.Seed);
        var control = CrossValidator.Run(shuffled, Learner.ByName(Learners[^1], options.Seed), FoldPlan.Stratified(shuffled.Labels, options.Folds, 1, options.Seed));
        var models = ModelFindings.From(results, control);

        var rows = AuditData.FromCv(results[0]);
        var auditOptions = new AuditOptions { Bootstrap = options.Bootstrap, Seed = options.Seed };
        var audit = AuditFindings.From(FeatureLoader.IntentColumn, new GroupAudit(rows, auditOptions), Mitigation.Run(rows, auditOptions), definition);

        var prefixes = PrefixDataset.From(sql, options.MaxK, definition);
        var analysis = EarlyWarningAnalysis.Run(prefixes, Learner.ByName(Learners[0], options.Seed), new EarlyWarningOptions
        {
            MaxK = options.MaxK, Folds = options.Folds, Seed = options.Seed, Threshold = options.Threshold, SuccessRate = options.SuccessRate,
        });
        var early = EarlyWarningFindings.From(analysis, options.Threshold, [], definition) with
        {
            RecoverySessions = saved.EarlyWarning.RecoverySessions,
            VelocityGainDropOn = saved.EarlyWarning.VelocityGainDropOn,
            VelocityGainDropOff = saved.EarlyWarning.VelocityGainDropOff,
        };

        var findings = new StudyFindings(outcomes, models, audit, early, saved.Handoff);
        var gaps = results.ToDictionary(r => r.Learner, r => (100 * r.PairedDifference(MetricNames.MacroF1).Mean, GapInterval(r)));
        return new DefinitionRun(definition, circular, shares, findings, gaps, CaseStudyClaims.Build(findings));
    }

    /// <summary>Nested − flat macro F1 in points: the mean over folds with a 95 % normal interval (mean ± 1.96 sd / √folds).</summary>
    private static Interval GapInterval(CvResult result)
    {
        var d = result.PairedDifference(MetricNames.MacroF1);
        var half = 1.96 * d.Sd / Math.Sqrt(Math.Max(1, d.Folds));
        return new Interval(100 * (d.Mean - half), 100 * (d.Mean + half));
    }
}
