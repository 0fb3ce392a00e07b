using System.CommandLine;
using BlindSpot.Core;

namespace BlindSpot.Cli.Commands;

/// <summary>
/// <c>--memory-limit SIZE</c> and <c>--database FILE</c>, as <c>validate</c> has them, for every verb that loads a log:
/// the memory the analysis may use (DuckDB gets <see cref="MemoryBudget.DuckDbShare"/> of it; the stages after DuckDB check
/// their estimate against all of it) and a database file to
/// work in, so that what does not fit spills to disk; a file the verb creates is deleted when it is done.
/// </summary>
public sealed class DuckDbCliOptions
{
    public Option<string?> MemoryLimit { get; } = new("--memory-limit")
    {
        Description = "The memory the analysis may use, e.g. 6GB (GB = 1000³ bytes, GiB = 1024³): DuckDB is given 75 % of it, and the stages " +
                      "after it check their estimate against all of it; with --database, what does not fit spills to disk. " +
                      "Under it reproduce runs each notebook in a process of its own.",
    };

    public Option<string?> Database { get; } = new("--database")
    {
        Description = "Work in this DuckDB database file instead of memory, for logs larger than memory (deleted afterwards when the command created it).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(MemoryLimit);
        command.Options.Add(Database);
    }

    /// <summary>
    /// The options given; a memory limit DuckDB would not read is a usage error (<see cref="ArgumentException"/>). The
    /// limit becomes this process's budget and its .NET heap's hard limit (<see cref="MemoryBudget.CapHeap"/>).
    /// </summary>
    /// <param name="capHeap">False for a verb that hosts notebook kernels (run, reproduce): their cells share the heap,
    /// and a notebook's own work (a bootstrap, a chart) must not fail for a cap meant for one stage.</param>
    public DuckDbOptions Read(ParseResult parse, bool capHeap = true)
    {
        var options = new DuckDbOptions(parse.GetValue(Database), parse.GetValue(MemoryLimit)) { DeleteCreated = true };
        if (capHeap) MemoryBudget.CapHeap(options.MemoryLimitOrNull); // this process is the command's own
        else if (options.MemoryLimitOrNull is { } limit) MemoryBudget.ParseSize(limit); // a usage error all the same
        return options;
    }

    /// <summary>What a DuckDB failure says on standard error: out of memory gets what to do about it.</summary>
    public static string Explain(string verb, string what, DuckDB.NET.Data.DuckDBException e) =>
        e.Message.Contains("Out of Memory", StringComparison.OrdinalIgnoreCase)
            ? $"{verb}: {what}: DuckDB ran out of memory; give --database FILE (and --memory-limit) so that it can spill to disk"
            : $"{verb}: {what}: {e.Message}";

    /// <summary>The notebooks' parameters that take these options (declared in the parameters cell of every notebook that loads a log).</summary>
    public const string MemoryLimitParameter = "memoryLimit", DatabaseParameter = "databasePath";

    /// <summary>The options as notebook parameters (the database file as a full path: a notebook runs in its own folder).</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> AsParameters(DuckDbOptions options) =>
    [
        .. options.MemoryLimitOrNull is { } limit ? [KeyValuePair.Create(MemoryLimitParameter, limit)] : Array.Empty<KeyValuePair<string, string>>(),
        .. options.DatabaseFileOrNull is { } file ? [KeyValuePair.Create(DatabaseParameter, Path.GetFullPath(file))] : Array.Empty<KeyValuePair<string, string>>(),
    ];
}
