using System.Text.Json.Nodes;
using BlindSpot.Notebooks.Tests.Support;
using BlindSpot.Simulation.Export;

namespace BlindSpot.Notebooks.Tests;

/// <summary>
/// A team's real-looking export end to end, as a new user would run it: the fixture export (one CSV per conversation,
/// greeting-only files, multi-day files, a JSON Data column, ratings, agent notices, other languages, names and e-mail
/// addresses in file names) through <c>blindspot import</c> with its documented mapping, then <c>reproduce --data</c>:
/// the import exits 0 with its summary and no stack trace, notebooks 02–07 run without an error, each header says
/// how many visits were not engaged, and no name or e-mail address of a file name appears in any file the run wrote.
/// </summary>
public class RealExportRunTests
{
    private static readonly string Notebooks = Path.Combine(RepositoryLayout.FindRoot(AppContext.BaseDirectory)!, RepositoryLayout.NotebooksFolder);

    [Fact]
    public void An_export_imported_with_its_mapping_runs_through_every_notebook_and_no_name_from_a_file_name_reaches_an_output()
    {
        using var dir = new TempDir();
        var truth = WebchatFixture.Write(new WebchatFixtureOptions { Conversations = 300, Seed = 3 }, dir.File("fixture"));

        var import = BlindSpotCommand.Run("import", dir.File("fixture/export"), "--mapping", dir.File("fixture/mapping.json"),
            "--out", dir.File("log/turns.parquet"), "--key", dir.File("keys/pseudonym.key"));
        var run = BlindSpotCommand.Run("reproduce", "--notebooks", Notebooks, "--data", dir.File("log"), "--output-path", dir.File("run"), "--html", dir.File("site"));

        Assert.True(import.ExitCode == 0, import.Stderr + import.Stdout);
        Assert.DoesNotContain("   at ", import.Stdout + import.Stderr);
        Assert.Contains($"{truth.Totals.Conversations:N0} became {truth.Totals.Visits:N0} visits", import.Stdout);
        Assert.Contains($"{truth.Totals.EngagedVisits:N0} engaged, {truth.Totals.Visits - truth.Totals.EngagedVisits:N0} not engaged", import.Stdout);
        Assert.Contains($"signal Data.payload ~ ^/live_agent$ → event handoff_requested: {truth.Totals.LiveAgentPayloads:N0} row(s)", import.Stdout);
        Assert.Contains($"ratings: {truth.Totals.Ratings:N0} (on a 1–5 scale", import.Stdout);
        Assert.Contains("user messages by language: en ", import.Stdout);

        Assert.True(run.ExitCode == 0, run.Stderr);
        foreach (var notebook in Directory.GetFiles(dir.File("run"), "*.ipynb"))
        {
            var json = JsonNode.Parse(File.ReadAllText(notebook))!;
            Assert.DoesNotContain(json["cells"]!.AsArray().SelectMany(c => c!["outputs"]?.AsArray() ?? []), o => (string?)o!["output_type"] == "error");
        }
        Assert.Contains($"{truth.Totals.Visits - truth.Totals.EngagedVisits:N0} not engaged", File.ReadAllText(dir.File("run/02-sql-features.ipynb")));
        // the handoff seam measured on the export's own human leg: CSAT by path, the first and the first useful reply
        var handoff = File.ReadAllText(dir.File("run/06-handoff-seam.ipynb"));
        Assert.Contains("valid handoffs file", handoff);
        Assert.Contains("ai_to_human", handoff);
        Assert.Contains("the first useful reply came after ", handoff);
        Assert.Contains("packet completeness is not measured", handoff);

        var secrets = truth.Files.Select(f => f.Customer).OfType<string>()
            .Concat(truth.Files.Select(f => f.File.Split(" - ")[0]).Where(n => !n.StartsWith("Visitor", StringComparison.Ordinal))).Distinct().ToList();
        var outputs = new[] { "log", "run", "site" }.SelectMany(d => Directory.GetFiles(dir.File(d), "*", SearchOption.AllDirectories)).ToList();
        Assert.NotEmpty(outputs);
        foreach (var file in outputs.Where(f => !f.EndsWith(".parquet", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain(secrets, s => text.Contains(s, StringComparison.OrdinalIgnoreCase));
        }
    }
}
