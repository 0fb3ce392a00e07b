using BlindSpot.Notebooks.Execution;
using BlindSpot.Notebooks.Ipynb;
using BlindSpot.Notebooks.Tests.Support;
using static BlindSpot.Notebooks.Tests.Support.TestNotebook;

namespace BlindSpot.Notebooks.Tests;

public class DeterminismTests
{
    [Fact]
    public async Task Running_an_executed_notebook_again_changes_no_byte()
    {
        using var dir = new TempDir();
        var path = Save(Create(
            Markdown("# Chart"),
            Code(LibrarySetup),
            Code("using XPlot.Plotly;\nConsole.WriteLine(\"ünïcode ✓\");"),
            Code("Chart.Plot(new Scatter { x = new[] { 1, 2 }, y = new[] { 3, 4 } })"),
            Code("display(HTML(\"<p>x</p>\"));\nnew { A = 1 }.ToString()")), dir);

        await NotebookRunner.RunFileAsync(path, path, new NotebookRunOptions());
        var first = File.ReadAllBytes(path);
        await NotebookRunner.RunFileAsync(path, path, new NotebookRunOptions());
        var second = File.ReadAllBytes(path);

        Assert.Equal(first, second);
        Assert.Equal([1, 2, 3, 4], NotebookFile.Read(path).Cells.Where(c => c.IsCode).Select(c => c.Json["execution_count"]!.GetValue<int>()));
        Assert.Null(Python.ValidateNotebook(path));
    }
}
