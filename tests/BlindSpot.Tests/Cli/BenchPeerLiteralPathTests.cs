using BlindSpot.Cli.Bench;
using BlindSpot.Core;
using BlindSpot.Simulation;

namespace BlindSpot.Tests.Cli;

/// <summary>
/// The bench's DuckDB peers read the log in the user's --work folder with read_parquet / read_csv, which expand
/// <c>[…]</c>: a folder named <c>w[1]</c> beside <c>w1</c> must be read alone.
/// </summary>
public class BenchPeerLiteralPathTests
{
    [Theory]
    [InlineData(PeerStages.DuckDb)]
    [InlineData(PeerStages.DuckDbCsv)]
    public void A_work_folder_whose_name_holds_a_pattern_character_is_read_as_itself(string peer)
    {
        using var folder = new TempFolder();
        var work = folder.File("w[1]");
        DatasetWriter.Write(new SimulationOptions { Seed = 3, Sessions = 40 }, work);
        DatasetWriter.Write(new SimulationOptions { Seed = 4, Sessions = 70 }, folder.File("w1")); // what the pattern would also match

        var result = PeerStages.Run(peer, 40, work).Single();

        using var db = DuckDb.OpenInMemory();
        var features = Path.Combine(work, $"features-{peer}.parquet");
        Assert.Equal(40, db.Scalar<long>($"SELECT count(*) FROM read_parquet({DuckDbPath.Literal(features)})"));
        Assert.Equal(db.Scalar<long>($"SELECT count(*) FROM read_parquet({DuckDbPath.Literal(Path.Combine(work, DatasetWriter.TurnsParquetName))})"), result.Turns);
    }
}
