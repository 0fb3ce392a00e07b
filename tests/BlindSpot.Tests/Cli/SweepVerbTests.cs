namespace BlindSpot.Tests.Cli;

public class SweepVerbTests
{
    [Fact]
    public void Sweep_writes_the_tidy_table_and_its_summary_for_each_seed()
    {
        using var folder = new TempFolder();
        var result = CliProcess.Run(folder.Path, "sweep", "--seeds", "2", "--first-seed", "5", "--sessions", "200", "--learners", "linear", "--out", "sweep");

        Assert.Equal(0, result.ExitCode);
        var seeds = File.ReadAllLines(Path.Combine(folder.Path, "sweep", "seeds.csv"));
        Assert.Equal("seed,figure,value", seeds[0]);
        Assert.Equal(["5", "6"], seeds.Skip(1).Select(l => l.Split(',')[0]).Distinct());
        Assert.Contains(seeds, l => l.StartsWith("6,nested_minus_flat_points/linear,", StringComparison.Ordinal));
        Assert.DoesNotContain(seeds, l => l.Contains("boosted_trees", StringComparison.Ordinal));
        Assert.Contains("nested_minus_flat_points/linear", result.Out);
        Assert.Contains("over 2 seeds", result.Out);
        Assert.Contains("sweep: 2 seeds × 200 sessions, learners linear", result.Error);
    }

    [Theory]
    [InlineData("sweep: A spread needs at least 2 seeds (got 1).", "--seeds", "1")]
    [InlineData("sweep: Unknown learner 'forest'. Known: linear, boosted_trees.", "--learners", "linear,forest")]
    [InlineData("sweep: A sweep needs at least 100 sessions per seed (got 50).", "--sessions", "50")]
    public void Sweep_refuses_bad_options_with_what_is_wrong(string message, string option, string value)
    {
        using var folder = new TempFolder();
        var result = CliProcess.Run(folder.Path, "sweep", option, value, "--out", "sweep");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(message, result.Error.Trim());
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "sweep")));
    }
}
