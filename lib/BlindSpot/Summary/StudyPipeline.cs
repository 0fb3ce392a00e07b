using BlindSpot.Audit;
using BlindSpot.EarlyWarning;
using BlindSpot.Handoff;
using BlindSpot.Modeling;
using BlindSpot.Sql;

namespace BlindSpot.Summary;

/// <summary>Every stage's output on one turn log.</summary>
public sealed record StudyRun(OutcomeFindings Outcomes, IReadOnlyList<string> CircularColumns, ModelingRun Models, AuditRun Audit,
                              EarlyWarningRun EarlyWarning, HandoffRun? Handoff);

/// <summary>
/// The case study's stages chained in the order the notebooks run them, each stage's entry called once: SQL (outcomes
/// and features) → modelling → audit and early warning → the handoff seam. The seed sweep and the sensitivity runs
/// call this; the notebooks call the same stage entries one by one.
/// </summary>
public static class StudyPipeline
{
    /// <param name="loadedLog">A session whose turn log is loaded (<see cref="SqlSession.LoadTurns"/>).</param>
    /// <param name="featuresPath">Where the features hand-over is written: a file the caller owns.</param>
    /// <param name="outcomes">The SQL stage's findings when the caller already ran it on <paramref name="loadedLog"/> (it is not run again).</param>
    public static StudyRun Run(SqlSession loadedLog, StudyOptions options, string featuresPath, OutcomeFindings? outcomes = null)
    {
        var definition = options.OutcomeDefinition;
        outcomes ??= SqlStage.Run(loadedLog, options.Sql);
        var circular = loadedLog.CircularColumns(definition);
        loadedLog.WriteFeatures(featuresPath);

        var seed = options.Modeling.Seed;
        var models = ModelingStage.Run(FeatureLoader.Load(featuresPath).ForModels(options.ModelSessions, seed), options.Modeling);
        var audit = AuditStage.Run(models.Results[0], new AuditOptions { Bootstrap = options.Bootstrap, Seed = seed }, definition);
        var early = EarlyWarningStage.Run(PrefixDataset.From(loadedLog, options.MaxK, definition, options.ModelSessions, seed), options.Modeling.Learners[0],
            new EarlyWarningOptions
            {
                MaxK = options.MaxK, Folds = options.Modeling.Folds, Seed = seed, AlertShare = options.AlertShare, SuccessRate = options.SuccessRate,
            }, definition);
        var handoff = options.Handoff is null ? null : HandoffStage.Run(loadedLog, options.Handoff);
        return new StudyRun(outcomes, circular, models, audit, early, handoff);
    }
}
