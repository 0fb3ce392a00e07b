using BlindSpot.Cli.Postgres;
using BlindSpot.Core;
using BlindSpot.Simulation;
using BlindSpot.Sql;
using BlindSpot.Tests.Cli;
using BlindSpot.Tests.Sql;
using Npgsql;

namespace BlindSpot.Tests.Postgres;

/// <summary>
/// The same sql/ files on a real PostgreSQL server and on DuckDB: every feature column equal (floats within 1e-12),
/// NULL in the same places, rows in the same order, the same column types.
/// </summary>
[Collection(PostgresCollection.Name)]
public class FeatureParityTests(PostgresServer server)
{
    [PostgresFact]
    public void The_features_verb_on_PostgreSQL_gives_DuckDBs_features_of_the_default_log()
    {
        using var folder = new TempFolder();
        var connectionString = server.NewDatabase();
        Assert.Equal(10_239, TurnLogToPostgres.Load(RepoPaths.Of("data", "turns.csv"), connectionString));

        var fromPostgres = CliProcess.Run(RepoPaths.Root, "features", connectionString, "--out", folder.File("postgres.parquet"));
        var fromDuckDb = CliProcess.Run(RepoPaths.Root, "features", RepoPaths.Of("data", "turns.csv"), "--out", folder.File("duckdb.parquet"));

        Assert.True(fromPostgres.ExitCode == 0, fromPostgres.Error);
        Assert.Equal(0, fromDuckDb.ExitCode);
        Assert.Contains("1,250 sessions' features (three_tier, computed in PostgreSQL)", fromPostgres.Out);
        Assert.Contains("1,250 sessions' features (three_tier, computed in DuckDB)", fromDuckDb.Out);
        Assert.Empty(FeatureParity.Differences(folder.File("duckdb.parquet"), folder.File("postgres.parquet")));
        var password = new NpgsqlConnectionStringBuilder(connectionString).Password!;
        Assert.DoesNotContain(password, fromPostgres.Out + fromPostgres.Error);
        Assert.Contains($"PostgreSQL {ThrowawayPostgres.User}@127.0.0.1:", fromPostgres.Out);
    }

    [PostgresTheory]
    [InlineData("three_tier")]
    [InlineData("escalation_only")]
    [InlineData("quiet_success")]
    [InlineData("timeout_contained")]
    [InlineData("assumed_resolution")]
    [InlineData("no_return")]
    [InlineData("no_return_7d")]
    public void Every_outcome_definition_agrees_on_edge_case_logs_whatever_the_database_collation(string definition)
    {
        using var folder = new TempFolder();
        var log = RandomTurnLogs.WriteCsv(folder.File("turns.csv"), EdgeCaseLog());
        var connectionString = server.NewDatabase();
        TurnLogToPostgres.Load(log, connectionString);
        var sql = SqlDirectory.At(RepoPaths.Of("sql"));

        var duck = FeatureFile.Write(log, definition, folder.File("duckdb.parquet"), sql);
        var postgres = FeatureFile.Write(connectionString, definition, folder.File("postgres.parquet"), sql);

        Assert.Equal(("DuckDB", "PostgreSQL"), (duck.Engine, postgres.Engine));
        Assert.Equal(duck.Sessions, postgres.Sessions);
        Assert.Empty(FeatureParity.Differences(folder.File("duckdb.parquet"), folder.File("postgres.parquet")));
        // the server's default collation (ICU en-US) orders these ids differently from DuckDB's byte order
        Assert.Equal(["B-late", "a-early"], Ids(folder.File("postgres.parquet")).Where(id => id is "a-early" or "B-late"));
    }

    [PostgresTheory]
    [InlineData("assumed_resolution", "B1 K1 A U G N C2", 2)]
    [InlineData("no_return", "B1 K1", 2)]
    [InlineData("no_return_7d", "B1 C1 K1", 3)]
    public void Definitions_counting_returns_label_and_leave_out_the_same_sessions_on_both_engines(string definition, string abandoned, int leftOut)
    {
        using var folder = new TempFolder();
        var log = ReturnLog.Write(folder.File("turns.csv"));
        var connectionString = server.NewDatabase();
        TurnLogToPostgres.Load(log, connectionString);
        var sql = SqlDirectory.At(RepoPaths.Of("sql"));

        var duck = FeatureFile.Write(log, definition, folder.File("duckdb.parquet"), sql);
        var postgres = FeatureFile.Write(connectionString, definition, folder.File("postgres.parquet"), sql);

        Assert.Empty(FeatureParity.Differences(folder.File("duckdb.parquet"), folder.File("postgres.parquet")));
        Assert.Equal(16 - leftOut, postgres.Sessions);
        Assert.Equal(abandoned.Split(' ').Order(StringComparer.Ordinal), Ids(folder.File("postgres.parquet"), "outcome = 'abandoned'"));
        Assert.Equal(duck.Sessions, postgres.Sessions);
    }

    [PostgresFact]
    public void Headline_queries_give_the_same_numbers_on_both_engines()
    {
        var connectionString = server.NewDatabase();
        TurnLogToPostgres.Load(RepoPaths.Of("data", "turns.csv"), connectionString);
        var sql = SqlDirectory.At(RepoPaths.Of("sql"));
        using var duck = new SqlSession(sql);
        duck.LoadTurns(RepoPaths.Of("data", "turns.csv"));
        using var postgres = PostgresSession.Open(connectionString, sql);
        Assert.True(postgres.Validate().IsValid);
        foreach (IOutcomeSteps engine in new IOutcomeSteps[] { duck, postgres })
        {
            SqlStage.Features(engine, SqlSession.DefaultOutcomeDefinition);
            engine.AllOutcomeLabels();
        }

        // definitions_vs_truth needs the simulator's latent truth, which a team's own log does not have
        foreach (var query in new[] { "outcome_shares", "reveal", "failures_by_outcome", "failures_by_intent" })
        {
            var expected = duck.Query("headline.sql", query);
            var actual = postgres.Query("headline.sql", query);
            Assert.Equal(expected.Columns.Select(c => (c.Name, c.DataType)), actual.Columns.Select(c => (c.Name, c.DataType)));
            Assert.Equal(expected.Rows.Count, actual.Rows.Count);
            for (var row = 0; row < expected.Rows.Count; row++)
                foreach (var column in expected.Columns.Select(c => c.Name))
                    if (expected[column][row] is double e) Assert.Equal(e, (double)actual[column][row], 1e-12);
                    else Assert.Equal(expected[column][row], actual[column][row]);
        }
    }

    /// <summary>Random logs with every edge the features must survive, two ids whose order depends on the collation, and a last session well after them.</summary>
    private static List<TurnRow> EdgeCaseLog() =>
    [
        .. RandomTurnLogs.Generate(250, 4),
        .. RandomTurnLogs.Generate(250, 5),
        .. Enumerable.Range(0, 100).SelectMany(i => new ConversationSimulator(new SimulationOptions()).Simulate(i).Turns),
        .. RandomTurnLogs.Generate(1, 6).Select(r => r with { SessionId = "a-early" }),
        .. RandomTurnLogs.Generate(1, 7).Select(r => r with { SessionId = "B-late" }),
        // ten days after the others, so that a 7-day return window labels them all
        .. RandomTurnLogs.Generate(1, 8).Select(r => r with { SessionId = "z-end", Ts = r.Ts.AddDays(10) }),
    ];

    private static List<string> Ids(string parquet, string where = "true")
    {
        using var db = DuckDb.OpenInMemory();
        using var command = db.CreateCommand($"SELECT session_id FROM read_parquet({DuckDb.Literal(parquet)}) WHERE {where}");
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read()) ids.Add(reader.GetString(0));
        return ids;
    }
}
