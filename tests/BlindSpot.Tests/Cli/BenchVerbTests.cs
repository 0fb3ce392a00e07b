namespace BlindSpot.Tests.Cli;

public class BenchVerbTests
{
    [Fact]
    public void Bench_at_a_tiny_size_prints_one_row_per_stage_and_size()
    {
        using var folder = new TempFolder();
        var result = CliProcess.Run(folder.Path, "bench", "--sizes", "60,90", "--work", "work", "--out", "bench.md");

        Assert.Equal(0, result.ExitCode);
        var lines = File.ReadAllLines(Path.Combine(folder.Path, "bench.md"));
        Assert.Equal("| stage | sessions | turns | wall time (s) | turns/s | peak memory (MiB) |", lines[0]);
        var rows = lines.Skip(2).Select(l => l.Split('|', StringSplitOptions.TrimEntries)[1..3]).Select(c => $"{c[0]}@{c[1]}").ToList();
        Assert.Equal(["simulate@60", "import@60", "features@60", "cv-nested@60", "cv@60", "audit@60", "simulate@90", "import@90", "features@90", "cv-nested@90", "cv@90", "audit@90"], rows);
        Assert.Equal(lines.Skip(2), result.Out.TrimEnd().Split('\n').Skip(2));
        Assert.True(File.Exists(Path.Combine(folder.Path, "work", "sessions-90", "features.parquet")));
    }

    [Fact]
    public void Bench_refuses_an_unknown_stage()
    {
        using var folder = new TempFolder();
        var result = CliProcess.Run(folder.Path, "bench", "--sizes", "30", "--stages", "simulate,teleport");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("unknown stage(s) teleport", result.Error);
    }
}
