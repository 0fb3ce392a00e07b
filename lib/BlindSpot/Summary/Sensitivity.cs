using BlindSpot.Core;
using BlindSpot.Modeling;
using BlindSpot.Sql;
using BlindSpot.Studies;

namespace BlindSpot.Summary;

/// <summary>How large a sensitivity run is: the same folds and seed for every definition.</summary>
public sealed record SensitivityOptions
{
    /// <summary>Folds × repeats of the cross-validation behind each definition's corrected resampled t (<see cref="RepeatedFolds"/>).</summary>
    public int Folds { get; init; } = RepeatedFolds.Folds;
    public int Repeats { get; init; } = RepeatedFolds.Repeats;

    /// <summary>Repeats when the models see a sample of a larger log (<see cref="StudyOptions.SampledRepeats"/>): one.</summary>
    public int SampledRepeats { get; init; } = 1;
    public int Seed { get; init; } = 42;
    public int Bootstrap { get; init; } = 1000;
    public int MaxK { get; init; } = 6;
    public double AlertShare { get; init; } = EarlyWarning.EarlyWarningOptions.DefaultAlertShare;
    public double SuccessRate { get; init; } = 0.3;

    /// <summary>On a larger log, the models see a sample of about this many sessions (<see cref="ModelSample"/>); 0: all.</summary>
    public int ModelSessions { get; init; }

    /// <summary>
    /// The memory limit (DuckDB gets its share, <see cref="MemoryBudget.DuckDbShare"/>) and a database file to spill to.
    /// The log is worked on in that file: when an earlier notebook loaded the same log there, its load is reused
    /// (<see cref="SqlSession.LoadTurns"/>); a file the runs create is deleted when they are done. With either option the
    /// definitions' models run side by side only when they are small beside the budget (<see cref="OneAtATime"/>).
    /// </summary>
    public DuckDbOptions? DuckDb { get; init; }

    /// <summary>
    /// Under memory options, the definitions run side by side only when what each holds is bounded by a model sample and
    /// all of it together takes at most an eighth of the budget (seven definitions on 25,000 sessions: about 200 MiB);
    /// otherwise one after another, each released before the next.
    /// </summary>
    public bool OneAtATime(int definitions, long budget)
    {
        if (DuckDb is not { } d || (d.MemoryLimitOrNull is null && d.DatabaseFileOrNull is null)) return false;
        if (ModelSessions <= 0) return true;
        var perDefinition = MemoryBudget.CrossValidation(ModelSessions, TypicalColumns, Folds, foldsAtOnce: 1, learners: 2);
        var held = perDefinition.Parts.Where(p => p.Part != "runtime").Sum(p => p.Bytes);
        return definitions * held > budget / 8;
    }

    /// <summary>About what the feature matrix of a log has: numeric columns, their missing indicators and the intents.</summary>
    private const int TypicalColumns = 64;

    internal DuckDbOptions? ForTheLog => DuckDb is not { } d ? null : d with { DeleteCreated = true };
}

/// <summary>
/// A definition this log does not determine (<see cref="LabelDeterminacy"/>): its shares are shown, and nothing is drawn
/// from its labels (no models, no audit, no early warning).
/// </summary>
public sealed record UndeterminedRun(string Definition, IReadOnlyList<string> CircularColumns, OutcomeShares Shares, double EscalationOnlyFailureShare, string Reason);

/// <summary>The definitions run, in the order given, and those left out because the log does not determine them.</summary>
public sealed class SensitivityRuns(IReadOnlyList<DefinitionRun> determined, IReadOnlyList<UndeterminedRun> notDetermined) : IReadOnlyList<DefinitionRun>
{
    public IReadOnlyList<UndeterminedRun> NotDetermined { get; } = notDetermined;

    /// <summary>On a log larger than the model sample, how the definitions' models were fitted; null when on every session.</summary>
    public string? SampleNote { get; init; }

    public DefinitionRun this[int index] => determined[index];

    public int Count => determined.Count;

    public IEnumerator<DefinitionRun> GetEnumerator() => determined.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
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
    /// <summary>Every definition in sql/outcomes/ (a reviewer's new file included), by name.</summary>
    public static IReadOnlyList<string> ShippedDefinitions(SqlDirectory? sql = null) =>
        [.. (sql ?? SqlDirectory.Find()).List("outcomes").Where(p => p.EndsWith(".sql", StringComparison.Ordinal)).Select(p => Path.GetFileNameWithoutExtension(p))];

    /// <param name="cellDefinitions">Definitions written in a cell (name → SELECT), run beside the files' ones.</param>
    public static SensitivityRuns Run(string turnsPath, string? truthPath, StudyFindings saved,
        IEnumerable<string> definitions, SensitivityOptions? options = null, IReadOnlyDictionary<string, string>? cellDefinitions = null,
        IProgress<string>? progress = null)
    {
        cellDefinitions ??= new Dictionary<string, string>();
        definitions = definitions.Concat(cellDefinitions.Keys.Order(StringComparer.Ordinal)).Distinct().ToList();
        options ??= new SensitivityOptions();
        var names = definitions.ToList();
        var runs = new object[names.Count];
        // One loaded log for every definition: it is read and validated once, and its session features, every label and
        // the prefixes are built once; each definition then selects its own label.
        using var log = new Study(turnsPath, new StudyOptions
        {
            Sql = new SqlStageOptions { CellDefinitions = cellDefinitions },
            TruthPath = truthPath,
            Modeling = new ModelingOptions { Learners = Learner.Names, Folds = options.Folds, Repeats = options.Repeats, Seed = options.Seed },
            SampledRepeats = options.SampledRepeats,
            Bootstrap = options.Bootstrap, MaxK = options.MaxK, ModelSessions = options.ModelSessions, AlertShare = options.AlertShare, SuccessRate = options.SuccessRate,
            DuckDb = options.ForTheLog,
        });
        (int Kept, int Log)? modelled = null; // only the counts: a matrix kept here would outlive its definition
        var finished = 0;
        void Ran(int i) => progress?.Report($"{Interlocked.Increment(ref finished)} of {names.Count} definitions run (last: {names[i]})");
        if (options.OneAtATime(names.Count, MemoryBudget.Available))
        {
            for (var i = 0; i < names.Count; i++)
            {
                using var study = log.Under(names[i]);
                runs[i] = (object?)Undetermined(study, truthPath) ?? RunOne(study, saved);
                if (runs[i] is DefinitionRun) modelled ??= SampleOf(study);
                Ran(i);
            }
        }
        else
        {
            // The loaded log serves one definition at a time (its outcomes, features, prefixes); what is computed from them
            // (the models, the audit, early warning) then runs side by side, most of it single-threaded. Results keep the
            // given order.
            var studies = names.Select(log.Under).ToList();
            var determined = new List<int>();
            for (var i = 0; i < names.Count; i++)
            {
                if (Undetermined(studies[i], truthPath) is { } undetermined)
                {
                    runs[i] = undetermined;
                    Ran(i);
                    continue;
                }
                // Every read of the loaded log happens here, one definition at a time: its model features too, which
                // select the definition's outcomes on the shared connection (read side by side, one definition's
                // features were read under another's labels).
                var sample = SampleOf(studies[i]);
                modelled ??= sample;
                studies[i].Prefixes();
                studies[i].CircularColumns();
                determined.Add(i);
            }
            Parallel.ForEach(determined, OnePerCore.Options, i =>
            {
                runs[i] = RunOne(studies[i], saved);
                studies[i].Dispose();
                Ran(i);
            });
        }
        return new SensitivityRuns([.. runs.OfType<DefinitionRun>()], [.. runs.OfType<UndeterminedRun>()]) { SampleNote = SampleNote(modelled, options) };
    }

    private static (int Kept, int Log) SampleOf(Study study) => study.ModelFeatures() is var data ? (data.Count, data.LogSessions) : default;

    private static string? SampleNote((int Kept, int Log)? modelled, SensitivityOptions options) =>
        modelled is not { } m || m.Kept == m.Log ? null
            : string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"each definition's models fitted on {m.Kept:N0} of the {m.Log:N0} sessions, {options.SampledRepeats} repeat(s) of {options.Folds} folds");

    /// <summary>
    /// On a log without a latent truth, a definition the log does not determine: its shares, and nothing modelled from its
    /// labels. Null when it is determined (or the truth decides, on a simulated log).
    /// </summary>
    private static UndeterminedRun? Undetermined(Study study, string? truthPath)
    {
        var outcomes = study.Outcomes();
        return truthPath is null && outcomes.NotDeterminedReason is { } why
            ? new UndeterminedRun(study.Definition, study.CircularColumns(),
                new OutcomeShares(outcomes.ResolvedShare, outcomes.EscalatedShare, outcomes.AbandonedShare), outcomes.EscalationOnlyFailureShare, why)
            : null;
    }

    private static DefinitionRun RunOne(Study definitionStudy, StudyFindings saved)
    {
        var study = definitionStudy.Run();
        var outcomes = study.Outcomes;
        var shares = new OutcomeShares(outcomes.ResolvedShare, outcomes.EscalatedShare, outcomes.AbandonedShare);
        var early = study.EarlyWarning.Findings with
        {
            RecoverySessions = saved.EarlyWarning.RecoverySessions,
            VelocityGainDropOn = saved.EarlyWarning.VelocityGainDropOn,
            VelocityGainDropOff = saved.EarlyWarning.VelocityGainDropOff,
        };

        var findings = new StudyFindings(outcomes, study.Models.Findings, study.Audit.Findings, early, saved.Handoff);
        var gaps = study.Models.Results.ToDictionary(r => r.Learner, r => (100 * r.PairedDifference(MetricNames.MacroF1).Mean, GapInterval(r)));
        return new DefinitionRun(definitionStudy.Definition, study.CircularColumns, shares, findings, gaps, CaseStudyClaims.Build(findings));
    }

    /// <summary>Nested − flat macro F1 in points with its corrected resampled t interval, the one the notebooks use.</summary>
    private static Interval GapInterval(CvResult result)
    {
        var interval = CorrectedResampledT.NestedMinusFlat(result, MetricNames.MacroF1);
        return new Interval(100 * interval.Lower, 100 * interval.Upper);
    }
}
