using BlindSpot.Cli.Commands;
using BlindSpot.Notebooks.Ipynb;
using BlindSpot.Notebooks.Tests.Support;
using Xunit.Abstractions;

namespace BlindSpot.Notebooks.Tests;

/// <summary>
/// The reviewer's loop: every shipped outcome definition but the default (which RepositoryNotebookTests runs) goes
/// through every notebook with `reproduce -p outcomeDefinition NAME`, on a copy of what a fresh clone has: no error
/// output anywhere, and the summary names the definition it ran under.
/// </summary>
public class OutcomeDefinitionTests(ITestOutputHelper log)
{
    public static TheoryData<string> Definitions()
    {
        var data = new TheoryData<string>();
        var root = RepositoryLayout.FindRoot(AppContext.BaseDirectory)!;
        foreach (var file in Directory.GetFiles(Path.Combine(root, "sql", "outcomes"), "*.sql").Order(StringComparer.Ordinal))
            if (Path.GetFileNameWithoutExtension(file) != "three_tier") data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Definitions))]
    public async Task Every_notebook_runs_clean_under_the_definition_and_the_summary_names_it(string definition)
    {
        var root = RepositoryLayout.FindRoot(AppContext.BaseDirectory)!;
        using var copy = new TempDir();
        RepositoryCopy.Make(root, copy.Path);
        var notebooks = Path.Combine(copy.Path, RepositoryLayout.NotebooksFolder);

        var exit = await ReproduceCommand.RunAsync(notebooks, null, CancellationToken.None, [KeyValuePair.Create("outcomeDefinition", definition)]);

        var errors = RepositoryLayout.NotebooksIn(notebooks)
            .SelectMany(p => NotebookFile.Read(p).Cells.SelectMany(c => c.Outputs)
                .Where(o => o?["output_type"]?.GetValue<string>() == "error")
                .Select(o => $"{Path.GetFileName(p)}: {o!["evalue"]}"))
            .ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Equal(0, exit);
        var summary = NotebookFile.Read(Path.Combine(notebooks, "07-summary.ipynb"));
        var text = string.Join("\n", summary.Cells.SelectMany(c => c.Outputs).OfType<System.Text.Json.Nodes.JsonObject>()
            .Select(o => MultilineText.Join(o["data"]?["text/plain"] ?? o["text"])));
        Assert.Contains($"made under the outcome definition '{definition}'", text);
        Assert.Contains($"Under the outcome definition '{definition}':", text);
        log.WriteLine($"{definition}: every notebook ran clean");
    }

    [Fact]
    public async Task A_parameter_no_notebook_declares_is_a_usage_error_and_nothing_runs()
    {
        var root = RepositoryLayout.FindRoot(AppContext.BaseDirectory)!;
        using var copy = new TempDir();
        RepositoryCopy.Make(root, copy.Path);
        var notebooks = Path.Combine(copy.Path, RepositoryLayout.NotebooksFolder);
        var before = File.ReadAllBytes(Path.Combine(notebooks, "01-generate-data.ipynb"));

        var exit = await ReproduceCommand.RunAsync(notebooks, null, CancellationToken.None, [KeyValuePair.Create("outcomeDefintion", "quiet_success")]);

        Assert.Equal(1, exit);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(notebooks, "01-generate-data.ipynb")));
        Assert.False(Directory.Exists(Path.Combine(copy.Path, "data", "results")));
    }
}
