using BlindSpot.Core;
using BlindSpot.Logs;
using BlindSpot.Modeling;
using BlindSpot.Sql;

namespace BlindSpot.Studies;

/// <summary>Everything the whole case study is run with on one turn log, and where it works.</summary>
public sealed record StudyOptions
{
    /// <summary>The outcome definition, cell definitions and (simulated logs only) the latent truth.</summary>
    public SqlStageOptions Sql { get; init; } = new();

    /// <summary>Learners, folds, repeats, seed; the first learner's predictions feed the audit and early warning.</summary>
    public ModelingOptions Modeling { get; init; } = new();

    /// <summary>On a log of more sessions than this, the models are fitted on a sample of about this many (<see cref="Core.ModelSample"/>); 0: every session.</summary>
    public int ModelSessions { get; init; }

    /// <summary>
    /// Cross-validation repeats when the models see a sample of the log (<see cref="ModelSessions"/>); null: those of
    /// <see cref="Modeling"/>. The sensitivity runs use one: on a sample of that size one repeat already gives a narrower
    /// corrected interval than five repeats on a fifth of the rows, for the same cost.
    /// </summary>
    public int? SampledRepeats { get; init; }

    /// <summary>Bootstrap replicates of the audit's intervals.</summary>
    public int Bootstrap { get; init; } = Audit.AuditOptions.DefaultBootstrap;

    /// <summary>Early warning: forecasts after user turns 1 .. MaxK, the share of sessions alerted at each k, outreach success rate.</summary>
    public int MaxK { get; init; } = 6;

    public double AlertShare { get; init; } = EarlyWarning.EarlyWarningOptions.DefaultAlertShare;

    public double SuccessRate { get; init; } = 0.3;

    /// <summary>Simulated logs only: the latent truth, loaded to score every definition against (never a feature).</summary>
    public string? TruthPath { get; init; }

    /// <summary>The human leg's files; null: the handoff stage does not run.</summary>
    public HandoffFiles? Handoff { get; init; }

    /// <summary>Where DuckDB keeps the loaded log and how much memory it may use (also the budget of the stages after it).</summary>
    public DuckDbOptions? DuckDb { get; init; }

    /// <summary>The SQL files the stages run (default: the repository's sql/ folder, else the embedded copies).</summary>
    public SqlDirectory? SqlFiles { get; init; }

    /// <summary>
    /// The run's own folder, where the files one notebook hands the next are kept (<c>features.parquet</c>,
    /// <c>predictions.parquet</c>) and found again when their provenance matches; null: nothing is written.
    /// </summary>
    public string? RunFolder { get; init; }

    public string OutcomeDefinition => Sql.OutcomeDefinition;

    public int Seed => Modeling.Seed;
}
