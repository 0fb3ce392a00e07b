using System.Text.Json.Nodes;
using BlindSpot.Notebooks.Execution;
using BlindSpot.Notebooks.Ipynb;
using BlindSpot.Notebooks.Tests.Support;
using BlindSpot.Testing;
using Xunit.Abstractions;

namespace BlindSpot.Notebooks.Tests;

/// <summary>
/// The notebooks as a reviewer runs them: in Jupyter, on the .NET Interactive kernel (the dotnet-interactive
/// tool of .config/dotnet-tools.json, driven by Debian's nbclient). Every notebook, in order, on a copy of what
/// a fresh clone has: no error output, every output equal to the committed (headless) one, and the figures each
/// notebook saves equal to those of the headless runner. Needs python3-nbclient; CI installs it, elsewhere the
/// test says what is missing and passes.
/// </summary>
public class JupyterKernelTests(ITestOutputHelper log)
{
    private const string Kernel = ".net-csharp";

    [Fact]
    public async Task Every_notebook_runs_in_Jupyter_with_the_outputs_and_saved_figures_of_the_headless_runner()
    {
        var root = RepositoryLayout.FindRoot(AppContext.BaseDirectory)!;
        if (MissingPrerequisite() is { } missing)
        {
            Assert.True(Environment.GetEnvironmentVariable("CI") is null, $"CI must run this test: {missing}");
            log.WriteLine($"not run here: {missing}");
            return;
        }

        using var jupyter = new TempDir();
        RepositoryCopy.Make(root, jupyter.Path);
        var environment = RegisterKernel(jupyter.Path);

        var notebooks = RepositoryLayout.NotebooksIn(Path.Combine(jupyter.Path, RepositoryLayout.NotebooksFolder));
        Assert.NotEmpty(notebooks);
        var charts = 0;
        foreach (var path in notebooks)
        {
            var committed = NotebookFile.Read(path);
            var executed = path + ".jupyter.ipynb";
            var run = ChildProcess.Run(Python.Executable, jupyter.Path,
                [Path.Combine(root, "tests", "jupyter", "execute.py"), path, executed, "--kernel", Kernel], environment);
            Assert.True(run.ExitCode == 0, $"{Path.GetFileName(path)} failed in Jupyter:\n{run.Error}");
            charts += CompareOutputs(Path.GetFileName(path), committed, NotebookFile.Read(executed));
        }
        Assert.True(charts > 0, "no notebook showed a chart");

        using var headless = new TempDir();
        RepositoryCopy.Make(root, headless.Path);
        foreach (var path in RepositoryLayout.NotebooksIn(Path.Combine(headless.Path, RepositoryLayout.NotebooksFolder)))
            Assert.Equal(0, (await NotebookRunner.RunFileAsync(path, path, new NotebookRunOptions())).Failures);
        var saved = Directory.GetFiles(Path.Combine(headless.Path, "data", "results")).Select(Path.GetFileName).Order().ToList();
        Assert.NotEmpty(saved);
        Assert.Equal(saved, Directory.GetFiles(Path.Combine(jupyter.Path, "data", "results")).Select(Path.GetFileName).Order());
        foreach (var name in saved)
        {
            var (a, b) = (File.ReadAllText(Path.Combine(headless.Path, "data", "results", name!)), File.ReadAllText(Path.Combine(jupyter.Path, "data", "results", name!)));
            Assert.True(a == b, $"{name} differs between Jupyter and the headless runner:\n{DifferingLines(a, b)}");
        }
    }

    /// <summary>The lines that differ, headless then Jupyter, so that a failure says which figure moved.</summary>
    private static string DifferingLines(string headless, string jupyter)
    {
        var (a, b) = (headless.Split('\n'), jupyter.Split('\n'));
        var lines = Enumerable.Range(0, Math.Max(a.Length, b.Length))
            .Where(i => i >= a.Length || i >= b.Length || a[i] != b[i])
            .Take(10)
            .Select(i => $"line {i + 1}\n  headless: {(i < a.Length ? a[i].Trim() : "(none)")}\n  Jupyter:  {(i < b.Length ? b[i].Trim() : "(none)")}");
        return string.Join("\n", lines);
    }

    /// <summary>
    /// Equal outputs cell by cell, but for the first code cell, where each front end shows its own package and
    /// bootstrap display. Consecutive stream outputs are joined, as every Jupyter front end shows them.
    /// Returns how many chart outputs the notebook has.
    /// </summary>
    private int CompareOutputs(string name, Notebook committed, Notebook executed)
    {
        var expected = committed.Cells.Where(c => c.IsCode).ToList();
        var actual = executed.Cells.Where(c => c.IsCode).ToList();
        Assert.Equal(expected.Count, actual.Count);
        Assert.DoesNotContain(actual[0].Outputs, o => o?["output_type"]?.GetValue<string>() == "error");
        var charts = 0;
        for (var i = 1; i < expected.Count; i++)
        {
            var want = Normalise(expected[i].Outputs);
            var got = Normalise(actual[i].Outputs);
            Assert.True(want.SequenceEqual(got), $"{name}, code cell {i + 1}: Jupyter shows\n{string.Join("\n", got)}\n\nthe committed notebook\n{string.Join("\n", want)}");
            charts += got.Count(o => o.Contains("Plotly.newPlot(", StringComparison.Ordinal));
        }
        log.WriteLine($"{name}: {expected.Count} code cells, {charts} charts, same outputs as headless");
        return charts;
    }

    private static List<string> Normalise(JsonArray outputs)
    {
        var result = new List<string>();
        string? stream = null;
        foreach (var output in outputs.OfType<JsonObject>())
        {
            var type = output["output_type"]!.GetValue<string>();
            if (type == "stream")
            {
                var name = output["name"]!.GetValue<string>();
                var text = MultilineText.Join(output["text"]);
                if (stream == name) result[^1] += text;
                else result.Add($"stream {name}: " + text);
                stream = name;
                continue;
            }
            stream = null;
            var data = output["data"] as JsonObject ?? [];
            result.Add(type + " " + string.Join("\n", data.OrderBy(d => d.Key, StringComparer.Ordinal)
                .Select(d => $"{d.Key}: {MultilineText.Join(d.Value)}")) + (output["evalue"]?.GetValue<string>() ?? ""));
        }
        return result;
    }

    /// <summary>The kernel as a reviewer registers it: `blindspot jupyter` into a Jupyter data folder of the copy.</summary>
    private static Dictionary<string, string> RegisterKernel(string root)
    {
        var environment = new Dictionary<string, string> { ["JUPYTER_DATA_DIR"] = Path.Combine(root, ".jupyter"), ["JUPYTER_PATH"] = "" };
        var (code, stdout, stderr) = BlindSpotCommand.RunIn(root, environment, "jupyter");
        Assert.True(code == 0, $"blindspot jupyter failed:\n{stdout}{stderr}");
        return environment;
    }

    private static string? MissingPrerequisite()
    {
        if (!File.Exists(Python.Executable)) return $"{Python.Executable} is not installed";
        var check = Python.Run("import nbclient, nbformat");
        return check.ExitCode == 0 ? null : "Debian's python3-nbclient is not installed (apt-get install python3-nbclient)";
    }
}
