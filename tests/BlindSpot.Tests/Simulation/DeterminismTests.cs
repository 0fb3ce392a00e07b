using System.Security.Cryptography;
using BlindSpot.Core;
using BlindSpot.Simulation;

namespace BlindSpot.Tests.Simulation;

public class DeterminismTests
{
    private static string Sha256(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    [Fact]
    public void Same_seed_gives_byte_identical_csv_and_equal_parquet_content()
    {
        using var a = new TempFolder();
        using var b = new TempFolder();
        var options = new SimulationOptions { Sessions = 300, Seed = 7 };
        var first = DatasetWriter.Write(options, a.Path);
        var second = DatasetWriter.Write(options, b.Path);

        Assert.Equal(Sha256(first.TurnsCsv), Sha256(second.TurnsCsv));
        using var db = DuckDb.OpenInMemory();
        foreach (var (x, y) in new[] { (first.TurnsParquet, second.TurnsParquet), (first.TruthParquet, second.TruthParquet) })
        {
            var differing = db.Scalar<long>(
                $"SELECT count(*) FROM ((SELECT * FROM read_parquet({DuckDb.Literal(x)}) EXCEPT ALL SELECT * FROM read_parquet({DuckDb.Literal(y)})) " +
                $"UNION ALL (SELECT * FROM read_parquet({DuckDb.Literal(y)}) EXCEPT ALL SELECT * FROM read_parquet({DuckDb.Literal(x)})))");
            Assert.Equal(0, differing);
            Assert.True(db.Scalar<long>($"SELECT count(*) FROM read_parquet({DuckDb.Literal(x)})") > 0);
        }
    }

    [Fact]
    public void A_different_seed_gives_different_data()
    {
        using var a = new TempFolder();
        using var b = new TempFolder();
        var first = DatasetWriter.Write(new SimulationOptions { Sessions = 300, Seed = 7 }, a.Path);
        var second = DatasetWriter.Write(new SimulationOptions { Sessions = 300, Seed = 8 }, b.Path);
        Assert.NotEqual(Sha256(first.TurnsCsv), Sha256(second.TurnsCsv));
    }

    [Fact]
    public void Regenerating_the_default_data_set_reproduces_the_committed_turns_csv()
    {
        using var folder = new TempFolder();
        var dataset = DatasetWriter.Write(new SimulationOptions(), folder.Path);
        Assert.Equal(Sha256(RepoPaths.Of("data", "turns.csv")), Sha256(dataset.TurnsCsv));
    }

    [Fact]
    public void Parquet_holds_the_same_rows_as_the_csv()
    {
        using var folder = new TempFolder();
        var dataset = DatasetWriter.Write(new SimulationOptions { Sessions = 200 }, folder.Path);
        using var db = DuckDb.OpenInMemory();
        var csv = BlindSpot.Logs.TurnLogCsv.ReadCsvCall(dataset.TurnsCsv);
        var parquet = $"read_parquet({DuckDb.Literal(dataset.TurnsParquet)})";
        Assert.Equal(0, db.Scalar<long>($"SELECT count(*) FROM (SELECT * FROM {csv} EXCEPT ALL SELECT * FROM {parquet})"));
        Assert.Equal(dataset.Turns, db.Scalar<long>($"SELECT count(*) FROM {parquet}"));
    }
}
