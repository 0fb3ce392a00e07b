using System.Text.RegularExpressions;
using BlindSpot.Notebooks.Ipynb;
using BlindSpot.Notebooks.Tests.Support;

namespace BlindSpot.Notebooks.Tests;

/// <summary>
/// The cells that compute one figure by hand beside the library's must agree with it. They read the committed outputs,
/// which <see cref="RepositoryNotebookTests"/> re-executes and compares byte for byte, so the agreement is the code's.
/// </summary>
public class TeachingCellTests
{
    private static string Output(string notebook, string cellId)
    {
        var root = RepositoryLayout.FindRoot(AppContext.BaseDirectory)!;
        var nb = NotebookFile.Read(Path.Combine(root, RepositoryLayout.NotebooksFolder, notebook));
        var index = nb.Cells.Select((c, i) => (c, i)).Single(x => x.c.Id == cellId).i;
        return TestNotebook.Shown(TestNotebook.OutputsOf(nb, index).Single());
    }

    [Fact]
    public void The_AUC_counted_pair_by_pair_in_notebook_05_is_the_librarys()
    {
        var m = Regex.Match(Output("05-early-warning.ipynb", "auc-by-hand"), @"^(\d+) leavers × (\d+) stayers: AUC ([0-9.]+) \(the library's: ([0-9.]+)\)$");
        Assert.True(m.Success);
        Assert.Equal("132", m.Groups[1].Value);
        Assert.Equal(m.Groups[4].Value, m.Groups[3].Value);
    }

    [Fact]
    public void The_escalated_CSAT_averaged_by_hand_in_notebook_06_is_the_tables()
    {
        var m = Regex.Match(Output("06-handoff-seam.ipynb", "escalated-by-hand"), @"^(\d+) answers, mean ([0-9.]+) \(the table: ([0-9.]+)\), SD [0-9.]+, 95 % interval \[([0-9.]+), ([0-9.]+)\]$");
        Assert.True(m.Success);
        Assert.Equal(m.Groups[3].Value, m.Groups[2].Value);
        Assert.True(double.Parse(m.Groups[4].Value, System.Globalization.CultureInfo.InvariantCulture) < double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Notebook_02_shows_the_feature_SQL_the_stage_runs()
    {
        var root = RepositoryLayout.FindRoot(AppContext.BaseDirectory)!;
        Assert.Equal(File.ReadAllText(Path.Combine(root, "sql", "session_features.sql")).TrimEnd(), Output("02-sql-features.ipynb", "features-sql").TrimEnd());
    }

    [Fact]
    public void The_FNR_interval_bootstrapped_by_hand_in_notebook_04_is_the_tables_row()
    {
        var m = Regex.Match(Output("04-bias-audit.ipynb", "fnr-by-hand"),
            @"^(\S+): (\d+) of (\d+) failures missed; 95 % interval by hand \[([0-9.]+), ([0-9.]+)\] from (\d+) replicates, the table's \[([0-9.]+), ([0-9.]+)\]$");
        Assert.True(m.Success);
        Assert.Equal("account_access", m.Groups[1].Value);
        Assert.Equal("1000", m.Groups[6].Value);
        Assert.Equal((m.Groups[7].Value, m.Groups[8].Value), (m.Groups[4].Value, m.Groups[5].Value));
        // the rendered FNR table's row for the group shows the same interval at three decimals
        var row = Output("04-bias-audit.ipynb", "fnr").Split('\n').Single(l => l.StartsWith("account_access ", StringComparison.Ordinal));
        var cells = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal((Round3(m.Groups[4].Value), Round3(m.Groups[5].Value)), (cells[4], cells[5]));
    }

    [Fact]
    public void The_flag_rule_applied_by_hand_in_notebook_04_gives_the_librarys_verdict_for_every_group()
    {
        var verdict = "(flagged: above overall|flagged: below overall|parity)";
        var rows = Output("04-bias-audit.ipynb", "flag-by-hand").Split('\n').Skip(1).Where(l => l.Trim().Length > 0)
            .Select(l => Regex.Match(l, $@"^(\S+)\s.*?{verdict}\s+{verdict}\s*$")).ToList();
        Assert.Equal(6, rows.Count);
        Assert.All(rows, r => Assert.True(r.Success));
        Assert.All(rows, r => Assert.Equal(r.Groups[3].Value, r.Groups[2].Value));
        Assert.Equal(3, rows.Count(r => r.Groups[2].Value.StartsWith("flagged", StringComparison.Ordinal)));
    }

    private static string Round3(string value) =>
        Math.Round(double.Parse(value, System.Globalization.CultureInfo.InvariantCulture), 3).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
