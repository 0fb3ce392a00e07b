using BlindSpot.EarlyWarning;
using BlindSpot.Modeling;
using BlindSpot.Simulation;

namespace BlindSpot.Tests.EarlyWarning;

/// <summary>What notebook 05 shows a reader: short tables with named columns, no empty velocity and no unmarked AUC at or below chance.</summary>
public class EarlyWarningTablesTests
{
    private static EarlyWarningAnalysis Analysis()
    {
        using var folder = new TempFolder();
        var turns = DatasetWriter.Write(new SimulationOptions { Sessions = 400, Seed = 7 }, folder.Path).TurnsParquet;
        return EarlyWarningAnalysis.Run(PrefixDataset.Load(turns, 6), new LinearLearner(7), new EarlyWarningOptions { MaxK = 6, Seed = 7 });
    }

    [Fact]
    public void Every_table_fits_in_20_rows_and_names_its_columns_for_a_reader()
    {
        var a = Analysis();
        foreach (var table in new[] { EarlyWarningTables.Auc(a), EarlyWarningTables.VelocityVsAverage(a), EarlyWarningTables.Alerts(a), EarlyWarningTables.Intervention(a) })
        {
            Assert.InRange(table.Rows.Count, 1, 20);
            Assert.All(table.Columns.Select(c => c.Name), name => Assert.DoesNotContain("_", name));
        }
        var auc = EarlyWarningTables.Auc(a);
        Assert.Equal(12, auc.Rows.Count); // two forecasts × six k, one column per feature set
        for (var row = 0; row < auc.Rows.Count; row++)
        {
            var k = (int)auc["user turns seen (k)"][row];
            if (k < 3) Assert.Equal("—", auc["AUC, velocity"][row]);
            foreach (var column in auc.Columns.Where(c => c.Name.StartsWith("AUC", StringComparison.Ordinal)))
            {
                var cell = (string)column[row];
                if (cell != "—" && !cell.StartsWith("undefined (", StringComparison.Ordinal) && double.Parse(cell.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) <= 0.5)
                    Assert.EndsWith("(at or below chance)", cell);
            }
        }
    }

    [Fact]
    public void An_auc_with_one_negative_is_undefined_not_below_chance()
    {
        var oneNegative = new PrefixScores(1, "all", Target.Failure, [.. Enumerable.Range(0, 31)], [.. Enumerable.Range(0, 31).Select(i => i == 0 ? 0.9 : 0.1 + i / 100.0)],
            [.. Enumerable.Range(0, 31).Select(i => i != 0)]);
        Assert.Equal(0, oneNegative.Auc, 12); // the one negative scores highest: "below chance" on a single session
        Assert.Equal("undefined (30 positives, 1 negatives)", EarlyWarningTables.AucCell(oneNegative));
        Assert.True(double.IsNaN(oneNegative.DefinedAuc));
        var enough = oneNegative with { Truth = [.. Enumerable.Range(0, 31).Select(i => i % 3 != 0)] };
        Assert.Equal(EarlyWarningTables.AucCell(enough.Auc), EarlyWarningTables.AucCell(enough));
    }

    [Theory]
    [InlineData(0.475, "0.475 (at or below chance)")]
    [InlineData(0.5, "0.500 (at or below chance)")]
    [InlineData(0.656, "0.656")]
    [InlineData(double.NaN, "—")]
    public void An_auc_cell_marks_what_forecasts_nothing(double auc, string expected) =>
        Assert.Equal(expected, EarlyWarningTables.AucCell(auc));

    [Fact]
    public void The_lead_chart_plots_log_turns_only_and_the_shares_get_their_own()
    {
        var a = Analysis();
        var lead = EarlyWarningCharts.Horizon(a);
        Assert.Contains("log turns", lead.Title);
        Assert.DoesNotContain(lead.Table.Columns.Select(c => c.Name), n => n.Contains("alerted", StringComparison.Ordinal));
        Assert.Contains("Abandoners alerted", EarlyWarningCharts.AbandonersAlerted(a).Title);
    }
}
