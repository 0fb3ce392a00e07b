namespace BlindSpot.Core;

/// <summary>
/// Where DuckDB keeps a turn log and how much memory it may use: for logs larger than memory. Empty strings count as
/// not given (a notebook's parameters cell declares them as "").
/// </summary>
/// <param name="DatabaseFile">A DuckDB database file instead of memory; tables live there and what does not fit in the
/// memory limit spills beside it. It is kept unless <see cref="DeleteCreated"/>.</param>
/// <param name="MemoryLimit">The memory the analysis may use, in DuckDB's syntax, e.g. 4GB (GB = 1000³ bytes, GiB = 1024³): DuckDB is
/// given <see cref="MemoryBudget.DuckDbShare"/> of it as its own limit; the whole of it is also
/// the budget the stages after DuckDB (feature matrix, cross-validation, audit) check their estimate against
/// (<see cref="MemoryBudget"/>).</param>
public sealed record DuckDbOptions(string? DatabaseFile = null, string? MemoryLimit = null)
{
    public static readonly DuckDbOptions Default = new();

    /// <summary>
    /// A database file the session creates is deleted, with its write-ahead log and spill folder, when the session ends
    /// (what a command does with its --database: a place to spill, not a result). An existing file is always left.
    /// </summary>
    public bool DeleteCreated { get; init; }

    /// <summary>Null for "" or whitespace: the notebooks' parameters default to "".</summary>
    public string? DatabaseFileOrNull => string.IsNullOrWhiteSpace(DatabaseFile) ? null : DatabaseFile;

    /// <inheritdoc cref="DatabaseFileOrNull"/>
    public string? MemoryLimitOrNull => string.IsNullOrWhiteSpace(MemoryLimit) ? null : MemoryLimit.Trim();

    /// <summary>
    /// Deletes a DuckDB database file with its write-ahead log and spill folder (<c>FILE.wal</c>, <c>FILE.tmp/</c>);
    /// nothing when there is none.
    /// </summary>
    public static void DeleteDatabase(string path)
    {
        foreach (var file in new[] { path, path + ".wal" })
            if (File.Exists(file)) File.Delete(file);
        if (Directory.Exists(path + ".tmp")) Directory.Delete(path + ".tmp", recursive: true);
    }
}

/// <summary>
/// A DuckDB connection opened with <see cref="DuckDbOptions"/>: in memory or on the database file, with the memory limit
/// (which also becomes the process's <see cref="MemoryBudget"/>). With <see cref="DuckDbOptions.DeleteCreated"/>, a database
/// file it creates is deleted when it is disposed.
/// </summary>
public sealed class DuckDbScope : IDisposable
{
    private readonly string? _created;

    private DuckDbScope(DuckDB.NET.Data.DuckDBConnection connection, string? created) => (Connection, _created) = (connection, created);

    public DuckDB.NET.Data.DuckDBConnection Connection { get; }

    public static DuckDbScope Open(DuckDbOptions? options)
    {
        var file = options?.DatabaseFileOrNull;
        var created = options is { DeleteCreated: true } && file is not null && !File.Exists(file) ? file : null;
        var connection = DuckDb.Open(file, options?.MemoryLimitOrNull);
        MemoryBudget.Use(options?.MemoryLimitOrNull);
        return new DuckDbScope(connection, created);
    }

    public void Dispose()
    {
        Connection.Dispose();
        if (_created is not null) DuckDbOptions.DeleteDatabase(_created);
    }
}
