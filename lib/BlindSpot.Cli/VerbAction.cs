using BlindSpot.Logs;
using DuckDB.NET.Data;

namespace BlindSpot.Cli;

/// <summary>
/// The one place where what a verb threw becomes a line on stderr and an exit code (<see cref="ExitCodes"/>): a log that
/// breaks the contract is 2 (its report is the message); everything else a verb can meet (a usage error, a file it
/// cannot read or write, a place it refuses to write, DuckDB, PostgreSQL or a SQL file failing, memory it cannot have)
/// is 1, as "verb: message". Any other exception is a bug and keeps its stack trace.
/// </summary>
public static class VerbAction
{
    /// <param name="explain">What to say when DuckDB fails (default: its message), e.g. <see cref="Commands.DuckDbCliOptions.Explain"/>.</param>
    /// <param name="beforeMessage">Runs before the message is written, e.g. to clear a status line.</param>
    /// <param name="verbose">Also writes what DuckDB said about a log it could not read.</param>
    public static int Run(string verb, Func<int> body, Func<DuckDBException, string>? explain = null, Action? beforeMessage = null, bool verbose = false)
    {
        try
        {
            return body();
        }
        catch (Exception e) when (CodeOf(e) is { } code)
        {
            return Report(verb, e, code, explain, beforeMessage, verbose);
        }
    }

    /// <inheritdoc cref="Run"/>
    public static async Task<int> RunAsync(string verb, Func<Task<int>> body, Func<DuckDBException, string>? explain = null)
    {
        try
        {
            return await body();
        }
        catch (Exception e) when (CodeOf(e) is { } code)
        {
            return Report(verb, e, code, explain, null, verbose: false);
        }
    }

    /// <summary>The exit code of an exception a verb reports; null for one it does not expect.</summary>
    public static int? CodeOf(Exception e) => e switch
    {
        TurnLogValidationException or TurnLogUnreadableException => ExitCodes.InvalidData,
        IOException or UnauthorizedAccessException or ArgumentException or FormatException or InvalidOperationException or InvalidDataException
            or System.Text.Json.JsonException or DuckDBException or Npgsql.NpgsqlException or Sql.SqlFileException or InsufficientMemoryException
            or TimeoutException or System.Net.WebSockets.WebSocketException => ExitCodes.UsageOrIo,
        _ => null,
    };

    private static int Report(string verb, Exception e, int code, Func<DuckDBException, string>? explain, Action? beforeMessage, bool verbose)
    {
        beforeMessage?.Invoke();
        Console.Error.WriteLine(e switch
        {
            TurnLogValidationException or TurnLogUnreadableException => e.Message,
            DuckDBException duckDb when explain is not null => explain(duckDb),
            _ => $"{verb}: {e.Message}",
        });
        if (verbose && e is TurnLogUnreadableException { Detail: { } detail }) Console.Error.WriteLine($"DuckDB: {detail}");
        return code;
    }
}
