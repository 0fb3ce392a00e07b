using BlindSpot.Core;
using BlindSpot.Sql;
using BlindSpot.Tests.Logs;

namespace BlindSpot.Tests.Sql;

/// <summary>
/// A session without a user message (a greeting nobody answered) is valid, not engaged: counted, kept out of
/// <c>turns</c> and so out of every outcome and feature, as analytics platforms leave unengaged sessions out of their rates.
/// </summary>
public class NotEngagedTests
{
    [Fact]
    public void A_session_without_a_user_message_is_valid_counted_and_outside_every_outcome()
    {
        using var folder = new TempFolder();
        var path = TurnLogFixture.Write(folder.File("turns.csv"), TurnLogFixture.With(r =>
            [.. r, "D,1,2026-01-03 08:00:00,bot,,Hello! How can I help?,,false,", "D,2,2026-01-03 09:00:00,bot,,Are you still there?,,false,"]));
        using var sql = new SqlSession(SqlDirectory.At(RepoPaths.Of("sql")));

        var report = sql.LoadTurns(path);
        sql.BuildOutcomes();

        Assert.True(report.IsValid);
        Assert.Equal(1, sql.NotEngagedSessions);
        Assert.Equal(["D"], sql.Connection.Query("SELECT session_id FROM not_engaged")["session_id"].Cast<string>());
        Assert.Equal(0, sql.Connection.Scalar<long>("SELECT count(*) FROM turns WHERE session_id = 'D'"));
        Assert.Equal(0, sql.Connection.Scalar<long>("SELECT count(*) FROM outcomes WHERE session_id = 'D'"));
        Assert.Equal(3, sql.Connection.Scalar<long>("SELECT count(*) FROM outcomes"));
    }
}
