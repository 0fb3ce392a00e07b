using System.Globalization;
using BlindSpot.Core;
using Microsoft.Data.Analysis;

namespace BlindSpot.Sql;

/// <summary>
/// The rows a chart that draws every session reads, from at most about <see cref="Sessions"/> sessions. A box plot
/// with every point of ten million sessions made a 40 MB notebook and held the rows in memory; a sample of this size
/// draws the same boxes. Sessions are kept by DuckDB's hash of their id (one in every m), so the same log gives the
/// same sample with the same DuckDB; a log of up to <see cref="Sessions"/> sessions is drawn whole. Rows come sorted by
/// every column of the SELECT, in its order.
/// </summary>
public static class ChartSample
{
    public const int Sessions = 20_000;

    /// <summary>The rows and, when sessions were left out, a sentence saying how many were drawn (null: all).</summary>
    public sealed record Rows(DataFrame Frame, string? Note);

    /// <param name="select">A SELECT with a <c>session_id</c> column (left out of the frame); one or more rows per session.</param>
    public static Rows Of(SqlSession sql, string select, int sessions = Sessions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sessions, 1);
        var all = sql.Connection.Scalar<long>($"SELECT count(DISTINCT session_id) FROM ({select})");
        var every = Math.Max(1, (all + sessions - 1) / sessions);
        // Sorted by every column: a join's rows come in the order its threads finish, and the chart would draw them so.
        var kept = every == 1 ? "" : $" WHERE hash(session_id) % {every.ToString(CultureInfo.InvariantCulture)} = 0";
        var frame = sql.QueryText($"SELECT * FROM ({select}){kept} ORDER BY ALL");
        var drawn = frame["session_id"].Cast<string>().Distinct(StringComparer.Ordinal).LongCount();
        frame.Columns.Remove("session_id");
        if (every == 1) return new Rows(frame, null);
        return new Rows(frame, string.Create(CultureInfo.InvariantCulture,
            $"Drawn from {drawn:N0} of the {all:N0} sessions (one in {every:N0}, by a hash of the session id): every point of a log this size would not draw. The tables count every session."));
    }
}
