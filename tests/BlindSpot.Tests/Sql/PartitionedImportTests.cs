using BlindSpot.Core;
using BlindSpot.Simulation;
using BlindSpot.Sql;

namespace BlindSpot.Tests.Sql;

public class PartitionedImportTests
{
    [Fact]
    public void A_partitioned_parquet_folder_gives_the_same_features_as_the_single_file_and_no_column_from_its_folder_names()
    {
        using var folder = new TempFolder();
        var dataset = DatasetWriter.Write(new SimulationOptions { Sessions = 400, Seed = 5 }, folder.Path);
        var partitioned = Path.Combine(folder.Path, "turns");
        using (var db = DuckDb.OpenInMemory())
            db.Execute($"COPY (SELECT *, strftime(ts, '%Y-%m-%d') AS date FROM read_parquet({DuckDb.Literal(dataset.TurnsParquet)})) " +
                       $"TO {DuckDb.Literal(partitioned)} (FORMAT parquet, PARTITION_BY (date))");
        Assert.True(Directory.GetDirectories(partitioned, "date=*").Length > 20);

        Dictionary<string, ReferenceFeatures> Features(string path)
        {
            using var session = new SqlSession(SqlDirectory.At(RepoPaths.Of("sql")));
            Assert.True(session.LoadTurns(path).IsValid);
            // the folder is read as files: its names (date=…) never become a column
            Assert.DoesNotContain("date", session.Connection.ColumnsOf("turns"));
            session.Execute("session_features.sql");
            return SessionFeatureTests.Read(session.Connection);
        }

        var single = Features(dataset.TurnsParquet);
        var fromFolder = Features(partitioned);

        Assert.Equal(400, single.Count);
        Assert.Equal(single.OrderBy(kv => kv.Key), fromFolder.OrderBy(kv => kv.Key));
    }
}

public class DatabaseFileTests
{
    [Fact]
    public void A_session_on_a_database_file_keeps_its_tables_there()
    {
        using var folder = new TempFolder();
        var dataset = DatasetWriter.Write(new SimulationOptions { Sessions = 50 }, folder.Path);
        var file = folder.File("blindspot.duckdb");
        using (var session = new SqlSession(SqlDirectory.At(RepoPaths.Of("sql")), file))
        {
            session.LoadTurns(dataset.TurnsParquet);
            session.Execute("session_features.sql");
        }
        using var reopened = DuckDb.OpenFile(file);
        Assert.Equal(50, reopened.Scalar<long>("SELECT count(*) FROM session_features"));
    }

    [Fact]
    public void A_memory_limit_is_applied_and_a_malformed_one_refused()
    {
        using var session = new SqlSession(SqlDirectory.At(RepoPaths.Of("sql")), memoryLimit: "512MB");
        Assert.Equal("366.2 MiB", session.Connection.Scalar<string>("SELECT current_setting('memory_limit')")); // DuckDB's 75 % of 512 MB
        var error = Assert.Throws<ArgumentException>(() => new SqlSession(SqlDirectory.At(RepoPaths.Of("sql")), memoryLimit: "512'; DROP"));
        Assert.StartsWith("Memory limit '512'; DROP' is not a size", error.Message);
    }
}
