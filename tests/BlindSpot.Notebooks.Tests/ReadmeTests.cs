using BlindSpot.Cli.Commands;
using BlindSpot.Notebooks.Export;
using BlindSpot.Notebooks.Ipynb;

namespace BlindSpot.Notebooks.Tests;

/// <summary>The README's numbers are the notebooks' numbers: its generated blocks equal notebook 07's committed outputs.</summary>
public class ReadmeTests
{
    private static string Root => RepositoryLayout.FindRoot(AppContext.BaseDirectory)!;

    [Fact]
    public void Readme_tables_equal_the_summary_notebooks_outputs()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        foreach (var (block, (notebook, cell)) in ReadmeCommand.Blocks)
        {
            var expected = ReadmeBlock.CellText(NotebookFile.Read(Path.Combine(Root, "notebooks", notebook)), cell).Trim('\n');
            Assert.True(expected.Length > 100, $"{notebook} [{cell}] has no table");
            Assert.True(expected == ReadmeBlock.Current(readme, block),
                $"README's '{block}' block differs from {notebook} [{cell}]: run `blindspot readme` after `blindspot reproduce`.");
        }
    }

    [Fact]
    public void Every_readme_figure_exists_and_comes_from_a_chart_cell()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        var manifest = File.ReadAllLines(Path.Combine(Root, "notebooks", "figures", "figures.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
        Assert.True(manifest.Count >= 3);
        foreach (var (png, notebook, cell) in manifest.Select(m => (m[0], m[1], m[2])))
        {
            Assert.True(File.Exists(Path.Combine(Root, "notebooks", "figures", png)), png);
            Assert.Contains($"notebooks/figures/{png}", readme);
            Assert.Contains("Plotly.newPlot", FigurePng.ChartHtml(NotebookFile.Read(Path.Combine(Root, "notebooks", notebook)), cell));
        }
    }

    [Fact]
    public void The_readme_reads_in_five_minutes_and_links_its_reference_pages()
    {
        var readme = File.ReadAllLines(Path.Combine(Root, "README.md"));
        Assert.True(readme.Length < 250, $"README.md has {readme.Length} lines; move reference material to docs/");
        foreach (var page in new[] { "docs/benchmarks.md", "docs/cli.md", "docs/import.md", "docs/contract.md", "docs/glossary.md" })
        {
            Assert.Contains($"]({page})", string.Join("\n", readme));
            Assert.True(File.Exists(Path.Combine(Root, page)), page);
        }
    }

    [Fact]
    public void A_readme_block_is_replaced_between_its_markers_only()
    {
        var readme = "intro\n<!-- t:begin -->\nold\n<!-- t:end -->\nrest\n";
        var updated = ReadmeBlock.Replace(readme, "t", "| a |\n");
        Assert.Equal("intro\n<!-- t:begin -->\n| a |\n<!-- t:end -->\nrest\n", updated);
        Assert.Equal("| a |", ReadmeBlock.Current(updated, "t"));
        var error = Assert.Throws<ArgumentException>(() => ReadmeBlock.Current(readme, "missing"));
        Assert.Equal("README has no <!-- missing:begin --> … <!-- missing:end --> block.", error.Message);
    }
}
