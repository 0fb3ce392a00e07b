using BlindSpot.Cli.Commands;
using BlindSpot.Notebooks.Ipynb;
using BlindSpot.Notebooks.Parameters;

namespace BlindSpot.Notebooks.Tests;

/// <summary>
/// run / reproduce --memory-limit and --database reach every notebook that loads a log, as the parameters
/// memoryLimit and databasePath (empty by default: DuckDB in memory with its own limit).
/// </summary>
public class MemoryParameterTests
{
    private static readonly string Notebooks = Path.Combine(RepositoryLayout.FindRoot(AppContext.BaseDirectory)!, RepositoryLayout.NotebooksFolder);

    [Fact]
    public void Every_notebook_that_reads_a_log_declares_memoryLimit_and_databasePath_empty_by_default()
    {
        var reading = RepositoryLayout.NotebooksIn(Notebooks)
            .Select(path => (Name: Path.GetFileName(path), Notebook: NotebookFile.Read(path)))
            .Where(n => ParameterInjector.Declared(n.Notebook).Contains("dataDir") && ParameterInjector.Declared(n.Notebook).Contains("outputDir"))
            .ToList();
        // 07 (the summary) reads findings, and runs its sensitivity section on the log
        Assert.Equal(["02-sql-features.ipynb", "03-flat-vs-nested.ipynb", "04-bias-audit.ipynb", "05-early-warning.ipynb", "06-handoff-seam.ipynb", "07-summary.ipynb"],
                     reading.Select(n => n.Name));
        foreach (var (name, notebook) in reading)
        {
            var cell = notebook.Cells.First(c => c.IsCode && c.HasTag(ParameterInjector.ParametersTag));
            var declared = ParameterCell.Parse(cell.Source).ToDictionary(p => p.Name);
            foreach (var parameter in new[] { DuckDbCliOptions.MemoryLimitParameter, DuckDbCliOptions.DatabaseParameter })
            {
                Assert.True(declared.ContainsKey(parameter), $"{name} does not declare {parameter}");
                Assert.Contains($"var {parameter} = \"\";", cell.Source);
            }
            // the parameters are used where the notebook opens DuckDB on the log
            Assert.Contains(notebook.Cells.Where(c => c.IsCode && !c.HasTag(ParameterInjector.ParametersTag)),
                            c => c.Source.Contains("databasePath, memoryLimit") || c.Source.Contains("databaseFile: databasePath, memoryLimit: memoryLimit"));
        }
    }
}
