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
    /// <summary>The users' ratings beside the log (an import's <c>ratings.parquet</c>), or null when there are none.</summary>
    public string? Ratings => Path.Combine(Folder, ExportImporter.RatingsFileName) is var path && File.Exists(path) ? path : null;

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

    /// <summary>
    /// How many user messages have no sentiment (a language the lexicon cannot read, or no word it knows) and how many
    /// sessions that leaves without the sentiment features: none at all, or fewer than the three scores velocity needs
    /// among sessions with three user messages or more. Sessions without a user message (not engaged) are not counted.
    /// </summary>
    public string DescribeSentiment()
    {
        using var db = DuckDb.OpenInMemory();
        var source = TurnLogSource.Relation(Turns);
        using var command = db.CreateCommand(
            "SELECT count(*) FILTER (WHERE users > 0), sum(users)::BIGINT, sum(users - known)::BIGINT, count(*) FILTER (WHERE users > 0 AND known = 0), " +
            "count(*) FILTER (WHERE users >= 3), count(*) FILTER (WHERE users >= 3 AND known < 3) FROM (" +
            $"SELECT session_id, count(*) FILTER (WHERE speaker = 'user') AS users, count(*) FILTER (WHERE speaker = 'user' AND TRY_CAST(sentiment AS DOUBLE) IS NOT NULL) AS known " +
            $"FROM {source} GROUP BY session_id)");
        using var r = command.ExecuteReader();
        r.Read();
        long At(int i) => r.IsDBNull(i) ? 0 : Convert.ToInt64(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
        var (sessions, users, unknown, none, three, short3) = (At(0), At(1), At(2), At(3), At(4), At(5));
        var c = System.Globalization.CultureInfo.InvariantCulture;
        return unknown == 0
            ? string.Create(c, $"Every one of the {users:N0} user messages has a sentiment: no session is left out of the sentiment features.")
            : string.Create(c, $"Sentiment is unknown for {unknown:N0} of {users:N0} user messages (a language the lexicon cannot read, or no word it knows): ") +
              string.Create(c, $"{none:N0} of {sessions:N0} engaged sessions have no sentiment at all, and {short3:N0} of the {three:N0} with three user messages or more ") +
              "lack the three scores velocity needs; their sentiment features are empty, not neutral.";
    }

    /// <summary>What a reader sees where a figure needs the latent truth and the log has none.</summary>
    public const string NoTruth =
        "This log was not simulated here, so there is no latent truth (which sessions truly failed) to score against: this part is left out.";

    /// <summary>What a reader sees where the human leg is needed and the folder has none of its files.</summary>
    public const string NoHumanLeg =
        "This log folder has no human leg (handoffs.parquet, agent_turns.parquet, human_only.parquet, surveys.parquet): the handoff seam is left out.";
}
