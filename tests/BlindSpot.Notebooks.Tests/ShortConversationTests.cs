using System.Text.Json.Nodes;
using BlindSpot.Core;
using BlindSpot.Notebooks.Tests.Support;
using BlindSpot.Simulation;

namespace BlindSpot.Notebooks.Tests;

/// <summary>
/// A log of very short conversations (no session past its second user turn): notebooks 02–07 run without an error and
/// say what they could not compute there (no prefix at k = 3, no velocity) instead of failing.
/// </summary>
public class ShortConversationTests
{
    private static readonly string Notebooks = Path.Combine(RepositoryLayout.FindRoot(AppContext.BaseDirectory)!, RepositoryLayout.NotebooksFolder);

    [Fact]
    public void Every_notebook_runs_on_a_log_where_nobody_writes_a_third_message()
    {
        using var dir = new TempDir();
        var simulated = DatasetWriter.Write(new SimulationOptions { Sessions = 400, Seed = 9 }, dir.File("sim"));
        Directory.CreateDirectory(dir.File("short"));
        using (var db = DuckDb.OpenInMemory())
            db.Execute($"COPY (SELECT * EXCLUDE (users) FROM (SELECT *, count(*) FILTER (WHERE speaker = 'user') OVER (PARTITION BY session_id ORDER BY turn_index) AS users " +
                       $"FROM read_parquet({DuckDb.Literal(simulated.TurnsParquet)})) WHERE users <= 2 ORDER BY session_id, turn_index) TO {DuckDb.Literal(dir.File("short/turns.parquet"))} (FORMAT parquet)");

        var run = BlindSpotCommand.Run("reproduce", "--notebooks", Notebooks, "--data", dir.File("short"), "--output-path", dir.File("run"));

        Assert.True(run.ExitCode == 0, run.Stderr);
        foreach (var notebook in Directory.GetFiles(dir.File("run"), "*.ipynb"))
        {
            var json = JsonNode.Parse(File.ReadAllText(notebook))!;
            Assert.DoesNotContain(json["cells"]!.AsArray().SelectMany(c => c!["outputs"]?.AsArray() ?? []), o => (string?)o!["output_type"] == "error");
        }
        var earlyWarning = File.ReadAllText(dir.File("run/05-early-warning.ipynb"));
        Assert.Contains("Too few sessions reach a third user turn here to score velocity", earlyWarning);
        Assert.Contains("cannot test the case study's claim", earlyWarning);
        Assert.DoesNotContain("NaN vs NaN", earlyWarning);
    }
}
