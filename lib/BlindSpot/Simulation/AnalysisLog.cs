using BlindSpot.Core;
using BlindSpot.Logs;

namespace BlindSpot.Simulation;

/// <summary>
/// The turn log an analysis runs on, and what lies beside it: the simulator's latent truth (a simulated log only) and
/// the human leg's files (when present). Everything here is read, never written.
/// </summary>
/// <param name="Folder">The folder the log was found in.</param>
/// <param name="Turns">The log itself: a CSV or Parquet file, or a folder of Parquet files.</param>
/// <param name="Truth">The simulator's <c>simulation_truth.parquet</c>; null for any log the simulator did not write.</param>
/// <param name="Handoff">The human leg (handoffs, agent turns, human-only cases, surveys); null when the folder has none.</param>
public sealed record AnalysisLog(string Folder, string Turns, string? Truth, HandoffFiles? Handoff)
{
    /// <summary>Whether the simulator wrote this log: only then is there a latent truth to score against.</summary>
    public bool IsSimulated => Truth is not null;

    /// <summary>
    /// Three lines naming the log for a notebook's header: its file; its sessions, turns, first and last message; what
    /// lies beside it. Counts are read from the file as it is, before validation.
    /// </summary>
    public string Describe()
    {
        using var db = DuckDb.OpenInMemory();
        var source = TurnLogSource.Relation(Turns);
        var sessions = db.Scalar<long>($"SELECT count(DISTINCT session_id) FROM {source}");
        var turns = db.Scalar<long>($"SELECT count(*) FROM {source}");
        var first = db.Scalar<string?>($"SELECT strftime(min(TRY_CAST(ts AS TIMESTAMP)), '%Y-%m-%d %H:%M') FROM {source}");
        var last = db.Scalar<string?>($"SELECT strftime(max(TRY_CAST(ts AS TIMESTAMP)), '%Y-%m-%d %H:%M') FROM {source}");
        var kind = IsSimulated ? "simulated here, with its latent truth beside it" : "not simulated here (no latent truth)";
        var humanLeg = Handoff is null ? "no human leg" : "with the human leg's files";
        var derived = ExportImporter.DerivedColumnsOf(Turns);
        var signals = ExportImporter.SignalColumnsOf(Turns);
        if (signals.Count > 0) humanLeg += $"; from the platform's own signals: {string.Join(", ", signals)}";
        if (derived.Count > 0) humanLeg += $"; derived on import, not given: {string.Join(", ", derived)}";
        var imported = ExportImporter.SummaryOf(Turns) is { } summary ? "\n" + summary.HeaderLine() : "";
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Log: {Turns}\n{sessions:N0} sessions, {turns:N0} turns, from {first ?? "?"} to {last ?? "?"}\n{char.ToUpperInvariant(kind[0])}{kind[1..]}; {humanLeg}.{imported}");
    }

    /// <summary>What a reader sees where a figure needs the latent truth and the log has none.</summary>
    public const string NoTruth =
        "This log was not simulated here, so there is no latent truth (which sessions truly failed) to score against: this part is left out.";

    /// <summary>What a reader sees where the human leg is needed and the folder has none of its files.</summary>
    public const string NoHumanLeg =
        "This log folder has no human leg (handoffs.parquet, agent_turns.parquet, human_only.parquet, surveys.parquet): the handoff seam is left out.";
}
