using BlindSpot.Core;
using BlindSpot.EarlyWarning;
using BlindSpot.Sql;

namespace BlindSpot.Tests.Sql;

/// <summary>
/// In a database file holding a recorded log, what an earlier session built from that log alone (session features,
/// every definition's labels, the prefixes) is not built again by the next session, unless its SQL changed or another
/// log was loaded; and masking the text hands the next session the turns as loaded, without loading the files again.
/// </summary>
public class BuiltFromLogReuseTests
{
    private static (TempFolder Folder, string Log, string Database) Setup()
    {
        var folder = new TempFolder();
        var log = folder.File("log.csv");
        File.Copy(RepoPaths.Of("data", "turns.csv"), log);
        return (folder, log, folder.File("work.duckdb"));
    }

    private static SqlSession Session(string database, SqlDirectory? sql = null) => new(new DuckDbOptions(database), sql);

    private static string TextsDigest(SqlSession session) =>
        session.Connection.Scalar<string>("SELECT md5(string_agg(coalesce(text, ''), '|' ORDER BY session_id, turn_index)) FROM turns");

    [Fact]
    public void Session_features_built_by_one_session_are_not_built_again_by_the_next()
    {
        var (folder, log, database) = Setup();
        using var _ = folder;
        using (var first = Session(database))
        {
            first.LoadTurns(log);
            first.Execute("session_features.sql");
            first.Connection.Execute("UPDATE session_features SET n_turns = -1");
        }
        using var next = Session(database);
        next.LoadTurns(log);
        next.Execute("session_features.sql");
        Assert.Equal(0, next.Connection.Scalar<long>("SELECT count(*) FROM session_features WHERE n_turns <> -1"));
    }

    [Fact]
    public void Session_features_are_built_again_when_their_sql_changed()
    {
        var (folder, log, database) = Setup();
        using var _ = folder;
        using (var first = Session(database))
        {
            first.LoadTurns(log);
            first.Execute("session_features.sql");
            first.Connection.Execute("UPDATE session_features SET n_turns = -1");
        }
        var edited = folder.File("sql");
        CopyFolder(RepoPaths.Of("sql"), edited);
        File.AppendAllText(Path.Combine(edited, "session_features.sql"), "\n-- a reviewer's note\n");
        using var next = Session(database, SqlDirectory.At(edited));
        next.LoadTurns(log); // the load SQL is unchanged: the log is kept
        next.Execute("session_features.sql");
        Assert.Equal(0, next.Connection.Scalar<long>("SELECT count(*) FROM session_features WHERE n_turns = -1"));
    }

    [Fact]
    public void Labels_of_the_same_definitions_are_kept_and_a_new_definition_is_labelled_beside_them()
    {
        var (folder, log, database) = Setup();
        using var _ = folder;
        using (var first = Session(database))
        {
            first.LoadTurns(log);
            first.Execute("session_features.sql");
            first.DefineOutcome("everyone_resolved", "SELECT session_id, 'resolved' AS outcome FROM session_terminal");
            first.AllOutcomeLabels();
            first.Connection.Execute("UPDATE outcome_labels SET outcome = 'escalated' WHERE definition = 'three_tier'");
        }
        using var next = Session(database);
        next.LoadTurns(log);
        next.Execute("session_features.sql");
        next.DefineOutcome("everyone_abandoned", "SELECT session_id, 'abandoned' AS outcome FROM session_terminal");
        next.AllOutcomeLabels();
        var sessions = next.Connection.Scalar<long>("SELECT count(*) FROM session_terminal");
        Assert.Equal(sessions, next.Connection.Scalar<long>("SELECT count(*) FROM outcome_labels WHERE definition = 'three_tier' AND outcome = 'escalated'"));
        Assert.Equal(sessions, next.Connection.Scalar<long>("SELECT count(*) FROM outcome_labels WHERE definition = 'everyone_abandoned' AND outcome = 'abandoned'"));
        Assert.Equal(0, next.Connection.Scalar<long>("SELECT count(*) FROM outcome_labels WHERE definition = 'everyone_resolved'"));
        Assert.Equal(next.OutcomeDefinitions(), next.Connection.Query("SELECT DISTINCT definition FROM outcome_labels ORDER BY definition").Values<string>("definition"));
    }

    [Fact]
    public void Prefixes_are_kept_for_the_same_largest_k_and_built_again_for_another()
    {
        var (folder, log, database) = Setup();
        using var _ = folder;
        using (var first = Session(database))
        {
            first.LoadTurns(log);
            PrefixFeatures.Build(first, maxK: 3, read: false);
            first.Connection.Execute("UPDATE prefix_features SET n_turns = -1");
        }
        using var next = Session(database);
        next.LoadTurns(log);
        PrefixFeatures.Build(next, maxK: 3, read: false);
        Assert.Equal(0, next.Connection.Scalar<long>("SELECT count(*) FROM prefix_features WHERE n_turns <> -1"));
        PrefixFeatures.Build(next, maxK: 4, read: false);
        Assert.Equal(0, next.Connection.Scalar<long>("SELECT count(*) FROM prefix_features WHERE n_turns = -1"));
        Assert.Equal(4, next.Connection.Scalar<long>("SELECT max(k) FROM prefix_features"));
    }

    [Fact]
    public void A_table_built_again_on_masked_turns_is_not_taken_for_the_one_recorded_before()
    {
        var (folder, log, database) = Setup();
        using var _ = folder;
        using (var first = Session(database))
        {
            first.LoadTurns(log);
            PrefixFeatures.Build(first, maxK: 3, read: false); // recorded for k = 3
            first.Redact();
            PrefixFeatures.Build(first, maxK: 2, read: false); // the same table, now up to k = 2, on masked turns
        }
        using var next = Session(database);
        next.LoadTurns(log);
        PrefixFeatures.Build(next, maxK: 3, read: false);
        Assert.Equal(3, next.Connection.Scalar<long>("SELECT max(k) FROM prefix_features"));
    }

    [Fact]
    public void A_definition_from_a_cell_is_labelled_again_by_each_session()
    {
        var (folder, log, database) = Setup();
        using var _ = folder;
        const string everyoneResolved = "SELECT session_id, 'resolved' AS outcome FROM session_terminal";
        using (var first = Session(database))
        {
            first.LoadTurns(log);
            first.Execute("session_features.sql");
            first.DefineOutcome("mine", everyoneResolved);
            first.AllOutcomeLabels();
            first.Connection.Execute("UPDATE outcome_labels SET outcome = 'escalated' WHERE definition = 'mine'");
        }
        using var next = Session(database);
        next.LoadTurns(log);
        next.Execute("session_features.sql");
        next.DefineOutcome("mine", everyoneResolved);
        next.AllOutcomeLabels();
        Assert.Equal(0, next.Connection.Scalar<long>("SELECT count(*) FROM outcome_labels WHERE definition = 'mine' AND outcome <> 'resolved'"));
    }

    [Fact]
    public void Nothing_built_from_another_log_is_kept()
    {
        var (folder, log, database) = Setup();
        using var _ = folder;
        var other = folder.File("other.csv");
        File.WriteAllLines(other, File.ReadLines(log).Take(400));
        using (var first = Session(database))
        {
            first.LoadTurns(log);
            first.Execute("session_features.sql");
        }
        using var next = Session(database);
        next.LoadTurns(other);
        next.Execute("session_features.sql");
        Assert.Equal(next.Connection.Scalar<long>("SELECT count(*) FROM session_terminal"), next.Connection.Scalar<long>("SELECT count(*) FROM session_features"));
    }

    [Fact]
    public void Masked_text_stays_in_its_session_and_the_next_gets_the_turns_as_loaded_without_a_load()
    {
        var (folder, log, database) = Setup();
        using var _ = folder;
        string asLoaded;
        using (var first = Session(database))
        {
            first.LoadTurns(log);
            asLoaded = TextsDigest(first);
            first.Redact();
            Assert.NotEqual(asLoaded, TextsDigest(first));
            first.Execute("session_features.sql"); // built on masked turns: neither reused nor recorded
            first.Connection.Execute("UPDATE session_features SET n_turns = -1");
        }
        using var next = Session(database);
        next.LoadTurns(log);
        Assert.Equal(asLoaded, TextsDigest(next));
        Assert.Equal(0, next.Connection.Scalar<long>("SELECT count(*) FROM duckdb_tables() WHERE table_name = '_blindspot_turns_as_loaded'"));
        next.Execute("session_features.sql");
        Assert.Equal(0, next.Connection.Scalar<long>("SELECT count(*) FROM session_features WHERE n_turns = -1"));
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
