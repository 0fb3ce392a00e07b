using BlindSpot.Notebooks.Execution;
using BlindSpot.Notebooks.Ipynb;
using BlindSpot.Notebooks.Tests.Support;
using Xunit.Abstractions;

namespace BlindSpot.Notebooks.Tests;

/// <summary>
/// Executes every notebook in the repository's notebooks/ folder (on a copy, so committed files are not
/// touched), each on its own from what a fresh clone has: no error outputs, valid for nbformat, the result equal
/// to the committed notebook byte for byte, and a second run changes no byte.
/// </summary>
public class RepositoryNotebookTests(ITestOutputHelper log)
{
    public static TheoryData<string> Notebooks()
    {
        var data = new TheoryData<string>();
        var root = RepositoryLayout.FindRoot(AppContext.BaseDirectory);
        var dir = root is null ? null : Path.Combine(root, RepositoryLayout.NotebooksFolder);
        var names = dir is not null && Directory.Exists(dir) ? RepositoryLayout.NotebooksIn(dir) : [];
        foreach (var path in names) data.Add(Path.GetFileName(path));
        if (names.Count == 0) data.Add(NoNotebooks); // xunit needs a row: this one reports "none" and passes
        return data;
    }

    private const string NoNotebooks = "(no notebooks)";

    [Fact]
    public void The_repository_root_is_found_from_the_test_output_folder()
    {
        var root = RepositoryLayout.FindRoot(AppContext.BaseDirectory);
        Assert.NotNull(root);
        Assert.True(File.Exists(Path.Combine(root, "Directory.Packages.props")));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Notebook_runs_clean_validates_and_reruns_byte_identically(string name)
    {
        if (name == NoNotebooks)
        {
            log.WriteLine($"0 notebooks in {RepositoryLayout.NotebooksFolder}/: nothing to execute");
            return;
        }
        var root = RepositoryLayout.FindRoot(AppContext.BaseDirectory)!;
        using var copy = new TempDir();
        RepositoryCopy.Make(root, copy.Path);
        var path = Path.Combine(copy.Path, RepositoryLayout.NotebooksFolder, name);
        var committed = File.ReadAllBytes(path);
        // The summary reads the figures every other notebook saved, so they run first, in order, as reproduce does.
        if (name == SummaryNotebook)
            foreach (var earlier in RepositoryLayout.NotebooksIn(Path.GetDirectoryName(path)!).Where(p => string.CompareOrdinal(Path.GetFileName(p), name) < 0))
                Assert.Equal(0, (await NotebookRunner.RunFileAsync(earlier, earlier, new NotebookRunOptions())).Failures);

        var first = await NotebookRunner.RunFileAsync(path, path, new NotebookRunOptions());
        var errors = NotebookFile.Read(path).Cells.SelectMany(c => c.Outputs)
            .Where(o => o?["output_type"]?.GetValue<string>() == "error")
            .Select(o => o!.ToJsonString()).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Equal(0, first.Failures);
        Assert.Null(Python.ValidateNotebook(path));

        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.AsSpan().SequenceEqual(committed),
            $"{name}: executing the committed notebook on the committed data changes it: run `blindspot reproduce` and commit the result.");
        await NotebookRunner.RunFileAsync(path, path, new NotebookRunOptions());
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    private const string SummaryNotebook = "07-summary.ipynb";
}
