using BlindSpot.Core;
using BlindSpot.EarlyWarning;
using BlindSpot.Sql;

namespace BlindSpot.Tests.Sql;

/// <summary>
/// In a database file holding a recorded log, what an earlier session built from that log alone (session features,
/// every definition's labels, the prefixes) is not built again by the next session, unless its SQL changed or another
/// log was loaded; and masking the text hands the next session the turns as loaded, without loading the files again.
/// Each test marks what the first session built, so that the next session's tables show whether they were kept.
/// </summary>
public class BuiltFromLogReuseTests
{
    /// <summary>
    /// Loads the log in one session on a database file and runs <paramref name="first"/>, then loads it in another
    /// (the next notebook) and runs <paramref name="next"/>. <paramref name="sql"/> makes the SQL folder the next session reads.
    /// </summary>
    private static void TwoSessions(Action<SqlSession> first, Action<SqlSession> next, Func<TempFolder, SqlDirectory>? sql = null,
                                    Func<TempFolder, string, string>? nextLog = null)
    {
        using var folder = new TempFolder();
        var log = folder.File("log.csv");
        File.Copy(RepoPaths.Of("data", "turns.csv"), log);
        var database = folder.File("work.duckdb");
        using (var session = new SqlSession(new DuckDbOptions(database)))
        {
            session.LoadTurns(log);
            first(session);
        }
        using var again = new SqlSession(new DuckDbOptions(database), sql?.Invoke(folder));
        again.LoadTurns(nextLog?.Invoke(folder, log) ?? log);
        next(again);
    }

    private static long Count(SqlSession session, string sql) => session.Connection.Scalar<long>(sql);

    private static void FeaturesMarked(SqlSession session)
    {
        session.Execute("session_features.sql");
        session.Connection.Execute("UPDATE session_features SET n_turns = -1");
    }

    private static string TextsDigest(SqlSession session) =>
        session.Connection.Scalar<string>("SELECT md5(string_agg(coalesce(text, ''), '|' ORDER BY session_id, turn_index)) FROM turns");

    [Fact]
    public void Session_features_built_by_one_session_are_not_built_again_by_the_next() =>
        TwoSessions(FeaturesMarked, next =>
        {
            next.Execute("session_features.sql");
            Assert.Equal(0, Count(next, "SELECT count(*) FROM session_features WHERE n_turns <> -1"));
        });

    [Fact]
    public void Session_features_are_built_again_when_their_sql_changed() =>
        TwoSessions(FeaturesMarked, next =>
        {
            next.Execute("session_features.sql");
            Assert.Equal(0, Count(next, "SELECT count(*) FROM session_features WHERE n_turns = -1"));
        }, sql: folder =>
        {
            var edited = folder.File("sql");
            CopyFolder(RepoPaths.Of("sql"), edited);
            File.AppendAllText(Path.Combine(edited, "session_features.sql"), "\n-- a reviewer's note\n");
            return SqlDirectory.At(edited); // the load SQL is unchanged: the log itself is kept
        });

    [Fact]
    public void Labels_of_the_same_definitions_are_kept_and_a_new_definition_is_labelled_beside_them() =>
        TwoSessions(first =>
        {
            first.Execute("session_features.sql");
            first.DefineOutcome("everyone_resolved", "SELECT session_id, 'resolved' AS outcome FROM session_terminal");
            first.AllOutcomeLabels();
            first.Connection.Execute("UPDATE outcome_labels SET outcome = 'escalated' WHERE definition = 'three_tier'");
        }, next =>
        {
            next.Execute("session_features.sql");
            next.DefineOutcome("everyone_abandoned", "SELECT session_id, 'abandoned' AS outcome FROM session_terminal");
            next.AllOutcomeLabels();
            var sessions = Count(next, "SELECT count(*) FROM session_terminal");
            Assert.Equal(sessions, Count(next, "SELECT count(*) FROM outcome_labels WHERE definition = 'three_tier' AND outcome = 'escalated'"));
            Assert.Equal(sessions, Count(next, "SELECT count(*) FROM outcome_labels WHERE definition = 'everyone_abandoned' AND outcome = 'abandoned'"));
            Assert.Equal(0, Count(next, "SELECT count(*) FROM outcome_labels WHERE definition = 'everyone_resolved'"));
            Assert.Equal(next.OutcomeDefinitions(), next.Connection.Query("SELECT DISTINCT definition FROM outcome_labels ORDER BY definition").Values<string>("definition"));
        });

    [Fact]
    public void A_definition_from_a_cell_is_labelled_again_by_each_session()
    {
        const string everyoneResolved = "SELECT session_id, 'resolved' AS outcome FROM session_terminal";
        TwoSessions(first =>
        {
            first.Execute("session_features.sql");
            first.DefineOutcome("mine", everyoneResolved);
            first.AllOutcomeLabels();
            first.Connection.Execute("UPDATE outcome_labels SET outcome = 'escalated' WHERE definition = 'mine'");
        }, next =>
        {
            next.Execute("session_features.sql");
            next.DefineOutcome("mine", everyoneResolved);
            next.AllOutcomeLabels();
            Assert.Equal(0, Count(next, "SELECT count(*) FROM outcome_labels WHERE definition = 'mine' AND outcome <> 'resolved'"));
        });
    }

    [Fact]
    public void Prefixes_are_kept_for_the_same_largest_k_and_built_again_for_another() =>
        TwoSessions(first =>
        {
            PrefixFeatures.Build(first, maxK: 3, read: false);
            first.Connection.Execute("UPDATE prefix_features SET n_turns = -1");
        }, next =>
        {
            PrefixFeatures.Build(next, maxK: 3, read: false);
            Assert.Equal(0, Count(next, "SELECT count(*) FROM prefix_features WHERE n_turns <> -1"));
            PrefixFeatures.Build(next, maxK: 4, read: false);
            Assert.Equal(0, Count(next, "SELECT count(*) FROM prefix_features WHERE n_turns = -1"));
            Assert.Equal(4, Count(next, "SELECT max(k) FROM prefix_features"));
        });

    [Fact]
    public void A_table_built_again_on_masked_turns_is_not_taken_for_the_one_recorded_before() =>
        TwoSessions(first =>
        {
            PrefixFeatures.Build(first, maxK: 3, read: false); // recorded for k = 3
            first.Redact();
            PrefixFeatures.Build(first, maxK: 2, read: false); // the same table, now up to k = 2, on masked turns
        }, next =>
        {
            PrefixFeatures.Build(next, maxK: 3, read: false);
            Assert.Equal(3, Count(next, "SELECT max(k) FROM prefix_features"));
        });

    [Fact]
    public void Nothing_built_from_another_log_is_kept() =>
        TwoSessions(first => first.Execute("session_features.sql"), next =>
        {
            next.Execute("session_features.sql");
            Assert.Equal(Count(next, "SELECT count(*) FROM session_terminal"), Count(next, "SELECT count(*) FROM session_features"));
            Assert.True(Count(next, "SELECT count(*) FROM session_features") < 1000); // the other log's sessions only
        }, nextLog: (folder, log) =>
        {
            var other = folder.File("other.csv");
            File.WriteAllLines(other, File.ReadLines(log).Take(400));
            return other;
        });

    [Fact]
    public void Masked_text_stays_in_its_session_and_the_next_gets_the_turns_as_loaded_without_a_load()
    {
        string? asLoaded = null;
        TwoSessions(first =>
        {
            asLoaded = TextsDigest(first);
            first.Redact();
            Assert.NotEqual(asLoaded, TextsDigest(first));
            FeaturesMarked(first); // built on masked turns: neither reused nor recorded
        }, next =>
        {
            Assert.Equal(asLoaded, TextsDigest(next));
            Assert.Equal(0, Count(next, "SELECT count(*) FROM duckdb_tables() WHERE table_name = '_blindspot_turns_as_loaded'"));
            next.Execute("session_features.sql");
            Assert.Equal(0, Count(next, "SELECT count(*) FROM session_features WHERE n_turns = -1"));
        });
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
