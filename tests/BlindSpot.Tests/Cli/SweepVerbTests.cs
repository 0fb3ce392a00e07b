namespace BlindSpot.Tests.Cli;

public class SweepVerbTests
{
    [Fact]
    public void Sweep_writes_the_tidy_table_and_its_summary_for_each_seed()
    {
        using var folder = new TempFolder();
        var result = CliProcess.Run(folder.Path, "sweep", "--seeds", "2", "--first-seed", "5", "--sessions", "200", "--learners", "linear", "--output", "sweep");

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
    [InlineData("sweep: Unknown learner 'forest'. Known: linear, boosted_trees.", "--learners", "forest")]
    [InlineData("sweep: A sweep needs at least 100 sessions per seed (got 50).", "--sessions", "50")]
    public void Sweep_refuses_bad_options_with_what_is_wrong(string message, string option, string value)
    {
        using var folder = new TempFolder();
        var result = CliProcess.Run(folder.Path, "sweep", option, value, "-o", "sweep");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(message, result.Error.Trim());
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "sweep")));
    }

    [Fact]
    public void The_old_spellings_still_work_for_one_release_and_say_what_to_type_instead()
    {
        using var folder = new TempFolder();
        var result = CliProcess.Run(folder.Path, "sweep", "--learners", "linear,forest", "--out", "sweep");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "sweep: warning: --out is an old spelling of --output (-o) and will go in the next release\n" +
            "sweep: warning: --learners with commas is the old form and will go in the next release: repeat the option or separate the values with spaces\n" +
            "sweep: Unknown learner 'forest'. Known: linear, boosted_trees.", result.Error.Trim().ReplaceLineEndings("\n"));

        var twice = CliProcess.Run(folder.Path, "sweep", "--learners", "linear", "--output", "a", "--out", "b");
        Assert.Equal(1, twice.ExitCode);
        Assert.Contains("--output and --out both name the output: give --output once", twice.Error);
    }

    [Fact]
    public void Lists_are_repeated_or_space_separated()
    {
        using var folder = new TempFolder();
        var repeated = CliProcess.Run(folder.Path, "sweep", "--learners", "linear", "--learners", "forest", "-o", "sweep");
        var spaced = CliProcess.Run(folder.Path, "sweep", "--learners", "linear", "forest", "-o", "sweep");
        Assert.Equal((1, 1), (repeated.ExitCode, spaced.ExitCode));
        Assert.Equal("sweep: Unknown learner 'forest'. Known: linear, boosted_trees.", repeated.Error.Trim());
        Assert.Equal("sweep: Unknown learner 'forest'. Known: linear, boosted_trees.", spaced.Error.Trim());
    }
}
