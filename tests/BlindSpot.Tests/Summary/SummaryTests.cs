using BlindSpot.Summary;

namespace BlindSpot.Tests.Summary;

public class SummaryTests
{
    [Theory]
    [InlineData(0.313, 0.3128, 0.02, ClaimKind.Calibrated, "matches (within ±0.02)")]
    [InlineData(0.670, 0.512, 0.05, ClaimKind.Calibrated, "does not match (-0.158)")]
    [InlineData(20, 24.5, 5, ClaimKind.Emergent, "replicates (within ±5)")]
    [InlineData(20, 1.25, 5, ClaimKind.Emergent, "does not replicate (-18.75)")]
    public void Verdicts_say_whether_ours_is_within_tolerance_in_the_words_of_the_kind(double published, double ours, double tolerance, ClaimKind kind, string expected) =>
        Assert.Equal(expected, Claim.CompareValues(published, ours, tolerance, kind));

    [Fact]
    public void The_claims_table_is_markdown_with_kind_and_seed_interval_and_escaped_html()
    {
        var table = new ClaimsTable([new Claim("case study", "a|b <i>", ClaimKind.Emergent, "1", "2", "01", "ok") { SeedInterval = "2.1 [1.0, 3.0]" }]);
        Assert.Equal("| source | claim | kind | published | ours (seed 42) | seed range | from | verdict |\n|---|---|---|---|---|---|---|---|\n" +
                     "| case study | a\\|b <i> | emergent | 1 | 2 | 2.1 [1.0, 3.0] | 01 | ok |\n", table.ToString());
        Assert.Contains("a|b &lt;i&gt;", table.ToHtml());
    }
}
