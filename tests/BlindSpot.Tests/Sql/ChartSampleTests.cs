using System.Globalization;
using BlindSpot.Core;
using BlindSpot.Sql;

namespace BlindSpot.Tests.Sql;

/// <summary>What notebook 02's box plot reads on a log too large to draw every point: whole sessions, about as many as asked.</summary>
public class ChartSampleTests
{
    private const string Select = "SELECT session_id, v FROM per_turn";

    private static SqlSession WithSessions(int sessions, int rowsEach)
    {
        var sql = new SqlSession();
        sql.Connection.Execute(
            $"CREATE TABLE per_turn AS SELECT 'S' || lpad(s::VARCHAR, 6, '0') AS session_id, (s * 10 + r)::DOUBLE AS v " +
            $"FROM range({sessions}) a(s), range({rowsEach}) b(r) ORDER BY hash(s, r)"); // stored out of order
        return sql;
    }

    [Fact]
    public void A_log_within_the_sample_size_is_drawn_whole_and_says_nothing()
    {
        using var sql = WithSessions(sessions: 50, rowsEach: 2);

        var sample = ChartSample.Of(sql, Select, sessions: 100);

        Assert.Null(sample.Note);
        Assert.Equal(["v"], sample.Frame.Columns.Select(c => c.Name));
        Assert.Equal(100, sample.Frame.Rows.Count);
        Assert.Equal(Enumerable.Range(0, 50).SelectMany(s => new[] { s * 10.0, s * 10.0 + 1 }), sample.Frame["v"].Cast<double>());
    }

    [Fact]
    public void A_larger_log_gives_every_row_of_about_the_asked_sessions_the_same_each_time_and_says_how_many()
    {
        using var sql = WithSessions(sessions: 10_000, rowsEach: 3);

        var sample = ChartSample.Of(sql, Select, sessions: 1_000);

        // One in ten by the hash: about 1,000 sessions (a binomial SD of 30), each with all three of its rows.
        var drawn = sql.Connection.Scalar<long>("SELECT count(DISTINCT session_id) FROM per_turn WHERE hash(session_id) % 10 = 0");
        Assert.InRange(drawn, 850, 1_150);
        Assert.Equal(3 * drawn, sample.Frame.Rows.Count);
        Assert.Equal(["v"], sample.Frame.Columns.Select(c => c.Name));
        var drawnInOrder = sample.Frame["v"].Cast<double>().ToList();
        Assert.Equal(drawnInOrder.Order(), drawnInOrder); // session by session, however the table stored them
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"Drawn from {drawn:N0} of the 10,000 sessions (one in 10, by a hash of ") +
                     "the session id): every point of a log this size would not draw. The tables count every session.", sample.Note);
        Assert.Equal(sample.Frame["v"].Cast<double>(), ChartSample.Of(sql, Select, sessions: 1_000).Frame["v"].Cast<double>());
    }
}
