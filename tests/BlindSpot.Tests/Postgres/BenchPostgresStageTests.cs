using BlindSpot.Tests.Cli;

namespace BlindSpot.Tests.Postgres;

/// <summary>The benchmark's postgres stage: its three steps measured, and its features checked against the features stage's.</summary>
[Collection(PostgresCollection.Name)]
public class BenchPostgresStageTests
{
    [PostgresFact]
    public void The_postgres_stage_reports_load_validate_and_features_after_checking_parity()
    {
        using var folder = new TempFolder();
        var result = CliProcess.Run(folder.Path, "bench", "--sizes", "80", "--stages", "simulate,features,postgres", "--work", "work", "--out", "bench.md");

        Assert.True(result.ExitCode == 0, result.Error);
        var rows = File.ReadAllLines(Path.Combine(folder.Path, "bench.md")).Skip(2).Select(l => l.Split('|', StringSplitOptions.TrimEntries)[1]).ToList();
        Assert.Equal(["simulate", "features", "postgres-load", "postgres-validate", "postgres-features"], rows);
        Assert.True(File.Exists(Path.Combine(folder.Path, "work", "sessions-80", "features-postgres.parquet")));
    }

    [Fact]
    public void The_postgres_stage_needs_the_features_stage_first()
    {
        using var folder = new TempFolder();
        var result = CliProcess.Run(folder.Path, "bench", "--sizes", "20", "--stages", "simulate,postgres", "--work", "work");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("bench stage 'postgres' at 20 sessions failed", result.Error);
    }
}
