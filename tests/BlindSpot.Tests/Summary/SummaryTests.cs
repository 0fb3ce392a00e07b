using BlindSpot.Summary;

namespace BlindSpot.Tests.Summary;

public class SummaryTests
{
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
