using System.Security.Cryptography;
using System.Text.Json.Nodes;
using BlindSpot.Notebooks.Tests.Support;
using BlindSpot.Simulation;
using BlindSpot.Sql;

namespace BlindSpot.Notebooks.Tests;

/// <summary>
/// The whole case study on a team's log (here a log of another seed, without the simulator's truth and, first, without a
/// human leg): every notebook runs without an error, says what it cannot do, shows that log's figures, and the log's
/// folder keeps its listing and bytes.
/// </summary>
public class TeamLogTests
{
    private static readonly string Notebooks = Path.Combine(RepositoryLayout.FindRoot(AppContext.BaseDirectory)!, RepositoryLayout.NotebooksFolder);

    private static SortedDictionary<string, string> Snapshot(string folder) => new(
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f), f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);

    /// <summary>A team's folder in <paramref name="dir"/>, and its listing with every file's hash before anything ran.</summary>
    private static (string Team, SortedDictionary<string, string> Before) TeamFolder(TempDir dir, bool withHumanLeg)
    {
        var team = dir.File("team");
        MakeTeamFolder(team, withHumanLeg);
        return (team, Snapshot(team));
    }

    /// <summary>A team's folder: another seed's turns.csv, with the human leg's four files or without them.</summary>
    private static void MakeTeamFolder(string folder, bool withHumanLeg)
    {
        var simulated = Path.Combine(Path.GetDirectoryName(folder)!, "simulated");
        DatasetWriter.Write(new SimulationOptions { Seed = 7, Sessions = 400 }, simulated);
        Directory.CreateDirectory(folder);
        var files = withHumanLeg ? new[] { "turns.csv", "handoffs.parquet", "agent_turns.parquet", "human_only.parquet", "surveys.parquet" } : ["turns.csv"];
        foreach (var file in files) File.Copy(Path.Combine(simulated, file), Path.Combine(folder, file));
    }

    /// <summary>Every output text of the cell with this id, joined.</summary>
    private static string Shown(string notebook, string cellId)
    {
        var cell = JsonNode.Parse(File.ReadAllText(notebook))!["cells"]!.AsArray().Single(c => c!["id"]!.GetValue<string>() == cellId)!;
        return string.Join("\n", cell["outputs"]!.AsArray().Select(o =>
            (o!["text"] ?? o["data"]?["text/plain"])?.AsArray().Select(l => l!.GetValue<string>()) is { } lines ? string.Concat(lines) : ""));
    }

    private static List<string> ErrorOutputs(string notebook) =>
        [.. JsonNode.Parse(File.ReadAllText(notebook))!["cells"]!.AsArray()
            .Where(c => c!["cell_type"]!.GetValue<string>() == "code")
            .SelectMany(c => c!["outputs"]!.AsArray().Where(o => o!["output_type"]!.GetValue<string>() == "error" || o["name"]?.GetValue<string>() == "stderr")
                .Select(o => $"{c!["id"]}: {o!.ToJsonString()}"))];

    [Fact]
    public void Reproduce_on_a_teams_log_runs_every_notebook_on_it_writes_only_its_own_folder_and_leaves_the_log_as_it_was()
    {
        using var dir = new TempDir();
        var (team, before) = TeamFolder(dir, withHumanLeg: false);

        var (code, _, stderr) = BlindSpotCommand.Run("reproduce", "--notebooks", Notebooks, "--data", team, "--output-path", dir.File("run"), "--html", dir.File("site"));

        Assert.True(code == 0, stderr);
        Assert.Equal(before, Snapshot(team));
        var executed = Directory.GetFiles(dir.File("run"), "*.ipynb").Select(Path.GetFileName).Order().ToList();
        Assert.Equal(["02-sql-features.ipynb", "03-flat-vs-nested.ipynb", "04-bias-audit.ipynb", "05-early-warning.ipynb", "06-handoff-seam.ipynb", "07-summary.ipynb"], executed);
        foreach (var notebook in executed) Assert.Empty(ErrorOutputs(dir.File($"run/{notebook}")));
        Assert.True(File.Exists(dir.File("site/index.html")));

        using var sql = new SqlSession();
        sql.LoadTurns(Path.Combine(team, "turns.csv"));
        var theirs = SqlStage.Run(sql, new SqlStageOptions()).Findings;
        var sql02 = dir.File("run/02-sql-features.ipynb");
        Assert.StartsWith($"Log: {Path.Combine(team, "turns.csv")}\n400 sessions, ", Shown(sql02, "log"));
        Assert.Contains($"the three-tier taxonomy shows {theirs.ObservedFailureShare:P1}", Shown(sql02, "findings"));
        Assert.Equal(AnalysisLog.NoTruth, Shown(sql02, "truth"));
        Assert.Equal(AnalysisLog.NoHumanLeg, Shown(dir.File("run/06-handoff-seam.ipynb"), "load"));
        var summary = dir.File("run/07-summary.ipynb");
        Assert.Contains("published_figure_against_this_log", Shown(summary, "claims"));
        Assert.StartsWith($"On this log an escalation-only view sees {theirs.EscalationOnlyFailureShare * 100:0.0} % of sessions failing", Shown(summary, "answer"));
        Assert.True(File.Exists(dir.File("run/derived/features.parquet")));
    }

    [Fact]
    public void With_the_human_leg_beside_the_log_the_handoff_notebook_measures_it()
    {
        using var dir = new TempDir();
        var (team, before) = TeamFolder(dir, withHumanLeg: true);

        var (code, _, stderr) = BlindSpotCommand.Run("reproduce", "--notebooks", Notebooks, "--data", team, "--output-path", dir.File("run"));

        Assert.True(code == 0, stderr);
        Assert.Equal(before, Snapshot(team));
        var handoff = dir.File("run/06-handoff-seam.ipynb");
        Assert.Empty(ErrorOutputs(handoff));
        Assert.StartsWith($"{Path.Combine(team, "handoffs.parquet")}: valid handoffs file", Shown(handoff, "load"));
        Assert.Contains("ai_to_human", Shown(handoff, "segmented"));
        Assert.Contains("(an association, not an effect)", Shown(handoff, "answer"));
    }

    [Fact]
    public void A_run_stopped_halfway_leaves_the_log_folder_as_it_was()
    {
        using var dir = new TempDir();
        var (team, before) = TeamFolder(dir, withHumanLeg: true);

        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { BlindSpotCommand.DllPath, "reproduce", "--notebooks", Notebooks, "--data", team, "--output-path", dir.File("run") })
            start.ArgumentList.Add(arg);
        using var run = System.Diagnostics.Process.Start(start)!;
        run.BeginOutputReadLine();
        run.BeginErrorReadLine();
        // stopped while the second notebook runs, after the first has written what it derives
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!File.Exists(dir.File("run/02-sql-features.ipynb")) && !run.HasExited && DateTime.UtcNow < deadline) Thread.Sleep(200);
        Thread.Sleep(1500);
        Assert.False(run.HasExited, "the run ended before it could be stopped");
        run.Kill(entireProcessTree: true);
        run.WaitForExit();

        Assert.Equal(before, Snapshot(team));
        Assert.True(File.Exists(dir.File("run/derived/features.parquet")));
    }

    [Fact]
    public void Reproduce_refuses_to_write_into_the_log_folder_or_over_an_earlier_run()
    {
        using var dir = new TempDir();
        var (team, before) = TeamFolder(dir, withHumanLeg: false);
        Directory.CreateDirectory(dir.File("earlier"));
        File.WriteAllText(dir.File("earlier/02-sql-features.ipynb"), "{}");

        var inside = BlindSpotCommand.Run("reproduce", "--notebooks", Notebooks, "--data", team, "--output-path", Path.Combine(team, "run"));
        var earlier = BlindSpotCommand.Run("reproduce", "--notebooks", Notebooks, "--data", team, "--output-path", dir.File("earlier"));
        var noLog = BlindSpotCommand.Run("reproduce", "--notebooks", Notebooks, "--data", dir.File("earlier"), "--output-path", dir.File("other"));

        Assert.Equal(1, inside.ExitCode);
        Assert.Contains($"the output folder {Path.Combine(team, "run")} is inside the log folder {team}, which is only read", inside.Stderr);
        Assert.Equal(1, earlier.ExitCode);
        Assert.Contains($"{dir.File("earlier")} is not empty: give --output a new or empty folder", earlier.Stderr);
        Assert.Equal(1, noLog.ExitCode);
        Assert.Contains($"no turn log in {dir.File("earlier")}: expected turns.parquet, turns.csv or a folder turns/ of Parquet files", noLog.Stderr);
        Assert.Equal(before, Snapshot(team));
        Assert.Equal("{}", File.ReadAllText(dir.File("earlier/02-sql-features.ipynb")));
    }
}
