namespace BlindSpot.Tests.Cli;

/// <summary>One spelling of the output across verbs (--output / -o), the old ones warned for one release.</summary>
public class OutputOptionTests
{
    [Fact]
    public void Every_verb_that_writes_takes_output_and_o_and_help_shows_no_old_spelling()
    {
        foreach (var verb in new[] { "simulate", "import", "features", "sweep", "bench", "run", "reproduce" })
        {
            var help = CliProcess.Run(Path.GetTempPath(), verb, "--help");
            Assert.Equal(0, help.ExitCode);
            Assert.Contains("--output, -o", help.Out.Replace("-o, --output", "--output, -o"));
            Assert.DoesNotContain("--out ", help.Out);
            Assert.DoesNotContain("--output-path", help.Out);
        }
    }

    [Fact]
    public void Simulate_writes_where_o_says_and_the_old_out_still_works_with_a_warning()
    {
        using var folder = new TempFolder();
        var now = CliProcess.Run(folder.Path, "simulate", "--sessions", "20", "-o", "a");
        var old = CliProcess.Run(folder.Path, "simulate", "--sessions", "20", "--out", "b");
        Assert.Equal((0, 0), (now.ExitCode, old.ExitCode));
        Assert.True(File.Exists(Path.Combine(folder.Path, "a", "turns.parquet")));
        Assert.True(File.Exists(Path.Combine(folder.Path, "b", "turns.parquet")));
        Assert.DoesNotContain("warning", now.Error);
        Assert.StartsWith("simulate: warning: --out is an old spelling of --output (-o) and will go in the next release", old.Error);
        Assert.Equal(File.ReadAllBytes(Path.Combine(folder.Path, "a", "turns.parquet")), File.ReadAllBytes(Path.Combine(folder.Path, "b", "turns.parquet")));
    }

    [Fact]
    public void A_verb_whose_output_is_required_says_so()
    {
        using var folder = new TempFolder();
        var result = CliProcess.Run(folder.Path, "features", "missing.parquet");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--output is required", result.Error);
    }
}
