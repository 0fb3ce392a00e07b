using BlindSpot.Core;
using DuckDB.NET.Data;

namespace BlindSpot.Sql;

/// <summary>
/// A statement DuckDB could not finish within its memory limit, run again on one thread. DuckDB's window functions keep
/// a minimum of partitions per thread that its limit does not cover (its own first advice for an out-of-memory error is
/// fewer threads): at ten million sessions, session_features.sql ran out of memory in one notebook as the same query
/// on the same log had not in another. Each statement runs on its own (no explicit transaction), so a failed one left
/// nothing behind and may run again.
/// </summary>
internal static class OutOfMemory
{
    public static bool IsFrom(DuckDBException e) => e.Message.Contains("Out of Memory", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Runs <paramref name="statement"/> again with one DuckDB thread, then gives DuckDB its threads back; says so on the
    /// console (a notebook's output). When it fails again, throws what <paramref name="failure"/> makes of that error.
    /// </summary>
    public static T OnOneThread<T>(DuckDBConnection connection, Func<T> statement, DuckDBException first, string where, Func<DuckDBException, Exception> failure)
    {
        var threads = connection.Scalar<long>("SELECT current_setting('threads')");
        if (threads <= 1) throw failure(first);
        Console.WriteLine($"DuckDB ran out of memory in {where} on {threads} threads; running it again on one.");
        connection.Execute("SET threads = 1");
        try
        {
            return statement();
        }
        catch (DuckDBException again)
        {
            throw failure(again);
        }
        finally
        {
            connection.Execute($"SET threads = {threads}");
        }
    }
}
