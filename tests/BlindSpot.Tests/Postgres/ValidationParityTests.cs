using BlindSpot.Cli.Postgres;
using BlindSpot.Core;
using BlindSpot.Logs;
using BlindSpot.Sql;
using BlindSpot.Tests.Cli;
using BlindSpot.Tests.Logs;
using Npgsql;

namespace BlindSpot.Tests.Postgres;

/// <summary>A turn log in PostgreSQL is checked in the server and reported as the file validator reports the same rows.</summary>
[Collection(PostgresCollection.Name)]
public class ValidationParityTests(PostgresServer server)
{
    /// <summary>The broken logs of <see cref="ValidationRuleTests"/> that a typed PostgreSQL table can hold (not the wrong_type ones).</summary>
    public static TheoryData<string, List<string>, string, long, string> BrokenLogs()
    {
        var data = new TheoryData<string, List<string>, string, long, string>();
        foreach (var row in ValidationRuleTests.BrokenLogs.Where(row => (string)row[2] != "wrong_type"))
            data.Add((string)row[0], (List<string>)row[1], (string)row[2], (long)row[3], (string)row[4]);
        return data;
    }

    [PostgresTheory]
    [MemberData(nameof(BrokenLogs))]
    public void Each_broken_rule_is_reported_with_the_same_name_count_and_rejected_rows(string _, List<string> rows, string rule, long count, string firstRow)
    {
        using var folder = new TempFolder();
        var path = TurnLogFixture.Write(folder.File("turns.csv"), rows);
        var connectionString = server.NewDatabase();
        TurnLogToPostgres.Load(path, connectionString);
        using var db = DuckDb.OpenInMemory();
        var expected = TurnLogValidator.Validate(db, path);

        using var session = PostgresSession.Open(connectionString, SqlDirectory.At(RepoPaths.Of("sql")));
        var actual = session.Validate();

        Assert.Equal(expected.Violations.Select(v => (v.Rule, v.Description, v.Count)), actual.Violations.Select(v => (v.Rule, v.Description, v.Count)));
        Assert.Equal((expected.InputRows, expected.ValidRows, expected.RejectedRows), (actual.InputRows, actual.ValidRows, actual.RejectedRows));
        var violation = Assert.Single(actual.Violations, v => v.Rule == rule && v.Count == count);
        Assert.Equal(firstRow, violation.FirstRows[0].ToString());
    }

    [PostgresFact]
    public void The_features_verb_exits_2_on_a_broken_log_and_writes_nothing()
    {
        using var folder = new TempFolder();
        var rows = TurnLogFixture.With(r => [.. r.Select(x => x.Replace(",bot,", ",robot,")), "A,3,2026-01-01 10:00:13,user,,again,0,,hung_up"]);
        var connectionString = server.NewDatabase();
        TurnLogToPostgres.Load(TurnLogFixture.Write(folder.File("turns.csv"), rows), connectionString);

        var result = CliProcess.Run(folder.Path, "features", connectionString, "--out", "features.parquet");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown_speaker: 4 — speaker must be one of user, bot, agent, system; first (session_id, turn_index): (A, 1), (A, 3), (B, 2), (C, 2)", result.Error);
        Assert.Contains("duplicate_turn_index: 2 — ", result.Error);
        Assert.Contains("unknown_event: 1 — ", result.Error);
        Assert.False(File.Exists(Path.Combine(folder.Path, "features.parquet")));
        Assert.DoesNotContain(new NpgsqlConnectionStringBuilder(connectionString).Password!, result.Out + result.Error);
    }

    [PostgresTheory]
    [InlineData("ALTER TABLE turns DROP COLUMN event", "missing_column", "column(s) event missing; every row is rejected")]
    [InlineData("ALTER TABLE turns ALTER COLUMN turn_index TYPE bigint", "wrong_type",
        "turn_index is a bigint column; the contract's INTEGER is integer in PostgreSQL")]
    public void A_missing_or_mistyped_column_rejects_every_row(string change, string rule, string description)
    {
        using var folder = new TempFolder();
        var connectionString = server.NewDatabase();
        TurnLogToPostgres.Load(TurnLogFixture.Write(folder.File("turns.csv"), TurnLogFixture.ValidRows()), connectionString);
        Execute(connectionString, change);

        using var session = PostgresSession.Open(connectionString);
        var report = session.Validate();

        var violation = Assert.Single(report.Violations);
        Assert.Equal((rule, description, 9L), (violation.Rule, violation.Description, violation.Count));
        Assert.Equal("(A, 1)", violation.FirstRows[0].ToString());
        Assert.Equal((9L, 0L, 9L), (report.InputRows, report.ValidRows, report.RejectedRows));
    }

    [PostgresFact]
    public void The_users_database_keeps_only_its_own_table_and_a_missing_one_is_named()
    {
        using var folder = new TempFolder();
        var connectionString = server.NewDatabase();
        var missing = CliProcess.Run(folder.Path, "features", connectionString, "--out", "features.parquet");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("no table 'turns' on the search path", missing.Error);

        TurnLogToPostgres.Load(TurnLogFixture.Write(folder.File("turns.csv"), TurnLogFixture.ValidRows()), connectionString);
        // a table of the user's named like one the SQL files create and drop: it must survive
        Execute(connectionString, "CREATE TABLE session_features (mine integer)");
        var result = CliProcess.Run(folder.Path, "features", connectionString, "--out", "features.parquet", "--outcome", "quiet_success");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("3 sessions' features (quiet_success, computed in PostgreSQL)", result.Out);
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(
            "SELECT string_agg(c.relname || ':' || CAST(c.relkind AS text), ',' ORDER BY c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace " +
            "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND c.relkind IN ('r', 'v', 'm')", connection);
        Assert.Equal("session_features:r,turns:r", command.ExecuteScalar());
        using var columns = new NpgsqlCommand("SELECT string_agg(attname, ',') FROM pg_attribute WHERE attrelid = 'public.session_features'::regclass AND attnum > 0", connection);
        Assert.Equal("mine", columns.ExecuteScalar());
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
