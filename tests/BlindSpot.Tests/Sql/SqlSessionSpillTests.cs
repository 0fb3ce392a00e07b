using BlindSpot.Core;
using BlindSpot.Sql;

namespace BlindSpot.Tests.Sql;

/// <summary>A session on a database file with a memory limit: DuckDB is given both, and a file the session made goes with it.</summary>
public class SqlSessionSpillTests
{
    [Fact]
    public void DuckDB_is_given_its_share_of_the_memory_limit()
    {
        using var session = new SqlSession(new DuckDbOptions(MemoryLimit: "2GB"));
        // 75 % of 2 GB is 1.5 GB; DuckDB shows its limit in GiB: 1.397 GiB
        Assert.Equal("1.3 GiB", session.Connection.Scalar<string>("SELECT current_setting('memory_limit')"));
        Assert.Equal("1464843KiB", MemoryBudget.DuckDbLimit("2GB"));
        Assert.Equal(2_000_000_000L, MemoryBudget.Limit); // the analysis's budget is the whole limit
        MemoryBudget.Reset();
    }

    [Fact]
    public void A_session_with_a_memory_limit_does_not_cap_the_heap_of_the_process_it_runs_in()
    {
        // a test run or a notebook kernel hosts the session: only a command's own process caps its heap (MemoryBudget.CapHeap)
        using var session = new SqlSession(new DuckDbOptions(MemoryLimit: "512MB"));
        Assert.Equal(512_000_000L, MemoryBudget.Limit);
        Assert.Null(AppContext.GetData("GCHeapHardLimit"));
        MemoryBudget.Reset();
    }

    [Fact]
    public void Empty_options_are_memory_and_DuckDBs_own_limit()
    {
        using var defaults = new SqlSession();
        using var empty = new SqlSession(new DuckDbOptions("", ""));
        Assert.Null(empty.DatabaseFile);
        Assert.Equal(defaults.Connection.Scalar<string>("SELECT current_setting('memory_limit')"),
                     empty.Connection.Scalar<string>("SELECT current_setting('memory_limit')"));
    }

    [Fact]
    public void A_database_file_a_command_creates_holds_the_log_and_is_deleted_with_the_session()
    {
        using var folder = new TempFolder();
        var file = folder.File("work.duckdb");
        using (var session = new SqlSession(new DuckDbOptions(file, "2GB") { DeleteCreated = true }))
        {
            session.LoadTurns(RepoPaths.Of("data", "turns.csv"));
            Assert.True(File.Exists(file));
            Assert.Equal(file, session.Connection.Scalar<string>("SELECT path FROM duckdb_databases() WHERE database_name = 'work'"));
        }
        Assert.False(File.Exists(file));
        Assert.False(File.Exists(file + ".wal"));
    }

    [Fact]
    public void A_database_file_that_was_there_is_left()
    {
        using var folder = new TempFolder();
        var file = folder.File("kept.duckdb");
        using (var first = DuckDb.OpenFile(file)) first.Execute("CREATE TABLE mine AS SELECT 1 AS x");
        using (var session = new SqlSession(new DuckDbOptions(file) { DeleteCreated = true }))
            Assert.Equal(1L, session.Connection.Scalar<long>("SELECT count(*) FROM mine"));
        Assert.True(File.Exists(file));
    }
}
