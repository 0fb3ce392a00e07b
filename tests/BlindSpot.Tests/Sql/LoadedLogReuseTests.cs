using BlindSpot.Core;
using BlindSpot.Sql;

namespace BlindSpot.Tests.Sql;

/// <summary>
/// A database file that holds a log loaded and validated by an earlier session: the next session asked for the same
/// files skips the load, and loads again when the files changed.
/// </summary>
public class LoadedLogReuseTests
{
    private const string Marked = "UPDATE turns SET text = 'marked since the load' WHERE turn_index = 1";
    private const string CountMarked = "SELECT count(*) FROM turns WHERE text = 'marked since the load'";

    private static (TempFolder Folder, string Log, string Database) Setup()
    {
        var folder = new TempFolder();
        var log = folder.File("my log [1].csv");
        File.Copy(RepoPaths.Of("data", "turns.csv"), log);
        return (folder, log, folder.File("work.duckdb"));
    }

    [Fact]
    public void The_same_files_are_not_loaded_again_and_give_the_same_report()
    {
        var (folder, log, database) = Setup();
        using var _ = folder;
        BlindSpot.Logs.ValidationReport first;
        string? fingerprint;
        long notEngaged;
        using (var session = new SqlSession(new DuckDbOptions(database)))
        {
            first = session.LoadTurns(log);
            (fingerprint, notEngaged) = (session.TurnLogFingerprint, session.NotEngagedSessions);
            session.Connection.Execute(Marked);
        }
        using var again = new SqlSession(new DuckDbOptions(database));
        var second = again.LoadTurns(log);
        Assert.True(again.Connection.Scalar<long>(CountMarked) > 0); // the table the first session left: not loaded again
        Assert.Equal(first.ToString(), second.ToString());
        Assert.Equal((first.InputRows, first.Fingerprint), (second.InputRows, second.Fingerprint));
        Assert.Equal((fingerprint, notEngaged), (again.TurnLogFingerprint, again.NotEngagedSessions));
    }

    [Fact]
    public void A_file_changed_since_the_load_is_loaded_again() =>
        Assert.Equal(0, MarkedRowsInTheNextSession(
            afterMarking: _ => { },
            betweenSessions: log => File.SetLastWriteTimeUtc(log, File.GetLastWriteTimeUtc(log).AddSeconds(1))));

    /// <summary>Masking sets the turns aside as they were; the next session gets them back, not the masked text (BuiltFromLogReuseTests).</summary>
    [Fact]
    public void Turns_set_aside_by_masking_come_back_without_a_load() =>
        Assert.True(MarkedRowsInTheNextSession(afterMarking: session => session.Redact(), betweenSessions: _ => { }) > 0);

    /// <summary>Loads the log, marks rows of <c>turns</c>, then counts the marked rows a next session on the file sees after loading.</summary>
    private static long MarkedRowsInTheNextSession(Action<SqlSession> afterMarking, Action<string> betweenSessions)
    {
        var (folder, log, database) = Setup();
        using var _ = folder;
        using (var session = new SqlSession(new DuckDbOptions(database)))
        {
            session.LoadTurns(log);
            session.Connection.Execute(Marked);
            afterMarking(session);
        }
        betweenSessions(log);
        using var again = new SqlSession(new DuckDbOptions(database));
        again.LoadTurns(log);
        return again.Connection.Scalar<long>(CountMarked);
    }

    [Fact]
    public void Another_log_in_the_same_file_is_loaded()
    {
        var (folder, log, database) = Setup();
        using var _ = folder;
        var other = folder.File("other.csv");
        File.WriteAllLines(other, File.ReadLines(log).Take(200));
        using (var session = new SqlSession(new DuckDbOptions(database)))
            session.LoadTurns(log);
        using var again = new SqlSession(new DuckDbOptions(database));
        Assert.Equal(199, again.LoadTurns(other).InputRows);
        Assert.Equal(again.LoadTurns(other).ToString(), again.LoadTurns(other).ToString());
    }
}
