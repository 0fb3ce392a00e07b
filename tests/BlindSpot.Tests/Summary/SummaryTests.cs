using BlindSpot.Summary;

namespace BlindSpot.Tests.Summary;

public class SummaryTests
{
    [Fact]
    public void Results_round_trip_with_sorted_keys_and_identical_bytes()
    {
        using var folder = new TempFolder();
        var store = new ResultStore(folder.Path);
        var figures = new Dictionary<string, double> { ["b"] = 0.1 + 0.2, ["a"] = 3 };
        var path = store.Save("03-x", figures);
        var first = File.ReadAllText(path);
        store.Save("03-x", figures);

        Assert.Equal(first, File.ReadAllText(path));
        Assert.True(first.IndexOf("\"a\"", StringComparison.Ordinal) < first.IndexOf("\"b\"", StringComparison.Ordinal));
        Assert.Equal(0.1 + 0.2, store.Require("03-x")["b"]);
        Assert.Null(store.Load("missing"));
        var error = Assert.Throws<FileNotFoundException>(() => store.Require("04-y"));
        Assert.Contains("run notebooks/04-y.ipynb first", error.Message);
    }

    [Fact]
    public void A_non_finite_figure_is_refused()
    {
        using var folder = new TempFolder();
        var error = Assert.Throws<ArgumentException>(() => new ResultStore(folder.Path).Save("n", new Dictionary<string, double> { ["f1"] = double.NaN }));
        Assert.Equal("Figure 'f1' of n is not a finite number (NaN).", error.Message);
    }

    [Theory]
    [InlineData(0.313, 0.3128, 0.02, "replicates (within ±0.02)")]
    [InlineData(0.670, 0.512, 0.05, "does not replicate (-0.158)")]
    [InlineData(20, 24.5, 5, "replicates (within ±5)")]
    [InlineData(20, 1.25, 5, "does not replicate (-18.75)")]
    public void Verdicts_say_whether_ours_is_within_tolerance(double published, double ours, double tolerance, string expected) =>
        Assert.Equal(expected, Claim.CompareValues(published, ours, tolerance));

    [Fact]
    public void The_claims_table_is_markdown_and_escaped_html()
    {
        var table = new ClaimsTable([new Claim("case study", "a|b <i>", "1", "2", "01", "ok")]);
        Assert.Equal("| source | claim | published | ours | from | verdict |\n|---|---|---|---|---|---|\n| case study | a\\|b <i> | 1 | 2 | 01 | ok |\n", table.ToString());
        Assert.Contains("a|b &lt;i&gt;", table.ToHtml());
    }
}
