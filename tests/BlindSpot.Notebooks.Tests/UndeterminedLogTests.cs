using BlindSpot.Core;
using BlindSpot.Notebooks.Tests.Support;
using BlindSpot.Simulation;

namespace BlindSpot.Notebooks.Tests;

/// <summary>
/// A team's log whose sessions carry no ending event (the markers were never exported) and whose users rated their
/// sessions: the notebooks must not turn three_tier's default branch into "nearly every session fails", and must name
/// three_tier as contradicted by the users' ratings.
/// </summary>
public class UndeterminedLogTests
{
    private static readonly string Notebooks = Path.Combine(RepositoryLayout.FindRoot(AppContext.BaseDirectory)!, RepositoryLayout.NotebooksFolder);

    [Fact]
    public void A_log_without_ending_events_gets_a_range_and_its_ratings_contradict_three_tier()
    {
        using var dir = new TempDir();
        var simulated = DatasetWriter.Write(new SimulationOptions { Sessions = 500, Seed = 11 }, dir.File("sim"));
        Directory.CreateDirectory(dir.File("team"));
        using (var db = DuckDb.OpenInMemory())
        {
            db.Execute($"COPY (SELECT * REPLACE (CAST(NULL AS VARCHAR) AS event) FROM read_parquet({DuckDb.Literal(simulated.TurnsParquet)}) ORDER BY session_id, turn_index) " +
                       $"TO {DuckDb.Literal(dir.File("team/turns.parquet"))} (FORMAT parquet)");
            // the users who truly got their answer rate it 5 (every third of them), the others who rate give 1 or 2
            db.Execute($"COPY (SELECT session_id, CASE WHEN true_outcome = 'resolved' THEN 5.0 ELSE 1.0 + hash(session_id) % 2 END AS csat " +
                       $"FROM read_parquet({DuckDb.Literal(simulated.TruthParquet)}) WHERE hash(session_id || 'rated') % 3 = 0 ORDER BY session_id) " +
                       $"TO {DuckDb.Literal(dir.File("team/ratings.parquet"))} (FORMAT parquet)");
        }

        var run = BlindSpotCommand.Run("reproduce", "--notebooks", Notebooks, "--data", dir.File("team"), "--output-path", dir.File("run"));

        var sql = File.ReadAllText(dir.File("run/02-sql-features.ipynb"));
        Assert.Contains("On this log the reveal cannot be read as one number. The escalation_only label is not determined: 100.0 % of sessions carry no ending event", sql);
        Assert.Contains("The three_tier label is not determined: 100.0 % of sessions carry no ending event", sql);
        Assert.Contains("Undetermined: no outcome definition's label is determined on this log; over all", sql);
        Assert.Contains("undetermined (0.0 % to 100.0 % over all)", sql);
        Assert.Contains("Contradicted by the ratings: three_tier: ", sql);
        Assert.Contains("of the rated sessions it calls abandoned are rated 4–5", sql);
        Assert.DoesNotContain("because 100.0 % of sessions end in silent abandonment", sql);
        Assert.True(run.ExitCode == 0, run.Stderr);
        var summary = File.ReadAllText(dir.File("run/07-summary.ipynb"));
        Assert.Contains("On this log no conclusion can be drawn: the outcome definition 'three_tier' is not determined: 100.0 % of sessions carry no ending event", summary);
        Assert.Contains("not determined on this log (three_tier: 100.0 % without an ending event)", summary);
        Assert.Contains("not determined on this log: the outcome definition 'three_tier' is not determined", summary); // the roadmap rows
        Assert.DoesNotContain("recovered per 1,000", summary);
        var verdicts = string.Concat(new[] { "claims", "roadmap", "findings", "answer" }.Select(id => CellText(dir.File("run/07-summary.ipynb"), id)));
        Assert.DoesNotContain("replicates:", verdicts);
        Assert.DoesNotContain("does not replicate", verdicts);
        Assert.DoesNotContain("as published", verdicts);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(CellText(dir.File("run/07-summary.ipynb"), "roadmap"), @"\| not determined on this log: ").Count); // each roadmap row
    }
    [Fact]
    public void A_borderline_log_with_40_percent_of_sessions_without_an_ending_event_still_gets_its_verdicts()
    {
        using var dir = new TempDir();
        var simulated = DatasetWriter.Write(new SimulationOptions { Sessions = 800, Seed = 12 }, dir.File("sim"));
        Directory.CreateDirectory(dir.File("team"));
        using (var db = DuckDb.OpenInMemory())
            db.Execute($"COPY (SELECT * REPLACE (CASE WHEN hash(session_id) % 10 < 4 AND event IN ('user_left', 'session_timeout', 'handoff_requested', 'resolution_confirmed') " +
                       $"THEN NULL ELSE event END AS event) FROM read_parquet({DuckDb.Literal(simulated.TurnsParquet)}) ORDER BY session_id, turn_index) " +
                       $"TO {DuckDb.Literal(dir.File("team/turns.parquet"))} (FORMAT parquet)");

        var run = BlindSpotCommand.Run("reproduce", "--notebooks", Notebooks, "--data", dir.File("team"), "--output-path", dir.File("run"));

        Assert.True(run.ExitCode == 0, run.Stderr);
        var determinacy = CellText(dir.File("run/02-sql-features.ipynb"), "determinacy");
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(determinacy, @"three_tier +800 +4\d\.\d %[^\n]* yes"), determinacy); // about 40 % without an ending event (44.4 %), and determined
        Assert.Contains("The failure share is ", determinacy);
        Assert.DoesNotContain("not determined on this log", CellText(dir.File("run/07-summary.ipynb"), "roadmap"));
        Assert.StartsWith("On this log, under the outcome definition 'three_tier': an escalation-only dashboard reports", CellText(dir.File("run/07-summary.ipynb"), "findings"));
    }

    /// <summary>The plain text of every output of the cell with this id (streams, results, displays).</summary>
    private static string CellText(string notebook, string id) =>
        string.Join("\n", System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(notebook))!["cells"]!.AsArray().Where(c => (string?)c!["id"] == id)
            .SelectMany(c => c!["outputs"]!.AsArray())
            .Select(o => (o!["data"]?["text/plain"] ?? o["text"])?.AsArray().Select(l => (string?)l) is { } lines ? string.Concat(lines) : ""));
}
