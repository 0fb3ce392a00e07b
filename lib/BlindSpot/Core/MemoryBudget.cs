using System.Globalization;
using System.Text.RegularExpressions;

namespace BlindSpot.Core;

/// <summary>What a stage will hold in memory, estimated from row counts before it starts, and what it is made of.</summary>
public sealed record MemoryNeed(string Stage, long Rows, IReadOnlyList<(string Part, long Bytes)> Parts)
{
    public long Bytes => Parts.Sum(p => p.Bytes);

    public string Detail => string.Join(", ", Parts.Select(p => $"{p.Part} {MemoryBudget.Text(p.Bytes)}"));
}

/// <summary>
/// The memory the stages after DuckDB may use (feature matrix, cross-validation, audit): the memory limit given to
/// the verb or notebook (<c>--memory-limit</c>, <c>memoryLimit</c>), else the memory the runtime sees. A stage estimates
/// its need from row counts (bytes per row measured at a million sessions) and refuses to start when the estimate
/// does not fit, saying what it needs, instead of being killed by the system half-way.
/// </summary>
public static class MemoryBudget
{
    /// <summary>The limit given to this process (bytes), or null: the memory the runtime sees is the budget.</summary>
    public static long? Limit { get; private set; }

    /// <summary>Makes a DuckDB memory limit (e.g. "4GB") the process's budget; null or "" leaves it as it is.</summary>
    public static void Use(string? memoryLimit)
    {
        if (!string.IsNullOrWhiteSpace(memoryLimit)) Limit = ParseSize(memoryLimit);
    }

    /// <summary>
    /// Also gives the .NET heap that limit as its hard limit, so that the garbage collector compacts before the process
    /// grows past it rather than when the machine runs short (DuckDB's and LightGBM's native memory are outside that
    /// heap). Only for a process that is one command's own (the command line, a bench stage): a library call such as
    /// <see cref="Use"/> must not cap the heap of a host it shares, a test run or a notebook kernel.
    /// </summary>
    public static void CapHeap(string? memoryLimit)
    {
        if (string.IsNullOrWhiteSpace(memoryLimit)) return;
        Use(memoryLimit);
        try
        {
            AppContext.SetData("GCHeapHardLimit", (ulong)ParseSize(memoryLimit));
            GC.RefreshMemoryLimit();
        }
        catch (InvalidOperationException)
        {
            // the heap already holds more than the limit: the stages' own estimates still apply
        }
    }

    /// <summary>
    /// The part of a memory limit DuckDB is given as its own <c>memory_limit</c>. DuckDB's limit bounds its buffer manager
    /// only: it allocates beyond it (the Parquet reader's buffers, what its allocator keeps), and the .NET heap, the
    /// notebook kernel and the models live in the same process. Given the whole limit, a ten-million-session run reached
    /// 8.4 GiB in notebook 02 under a 6 GB limit; given 60 %, DuckDB ran out of memory in the window functions of
    /// session_features.sql in notebook 06, as the same query had not in 02 (docs/benchmarks.md).
    /// </summary>
    public const double DuckDbShare = 0.75;

    /// <summary>DuckDB's <c>memory_limit</c> for a limit given to the analysis (<see cref="DuckDbShare"/> of it), in DuckDB's syntax.</summary>
    public static string DuckDbLimit(string memoryLimit) =>
        string.Create(CultureInfo.InvariantCulture, $"{(long)(ParseSize(memoryLimit) * DuckDbShare) / 1024}KiB");

    /// <summary>Back to no limit (tests).</summary>
    public static void Reset() => Limit = null;

    /// <summary>The budget a stage checks against: the limit, else the memory available to the runtime.</summary>
    public static long Available => Limit ?? GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;

    private static readonly Regex SizePattern = new(@"^\s*(\d+(?:\.\d+)?)\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>A size in DuckDB's syntax in bytes: KB, MB, GB, TB are powers of 1000, KiB … TiB of 1024 (as DuckDB reads them).</summary>
    public static long ParseSize(string size)
    {
        var match = SizePattern.Match(size);
        if (!match.Success) throw new ArgumentException($"Memory limit '{size}' is not a size such as 512MB or 4GB.");
        var number = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var unit = match.Groups[2].Success ? match.Groups[2].Value.ToUpperInvariant() : "B";
        double factor = unit switch
        {
            "B" => 1, "KB" => 1e3, "MB" => 1e6, "GB" => 1e9, "TB" => 1e12,
            "KIB" => 1L << 10, "MIB" => 1L << 20, "GIB" => 1L << 30, _ => 1L << 40,
        };
        return (long)(number * factor);
    }

    /// <summary>Bytes as GiB (or MiB below one GiB), one decimal.</summary>
    public static string Text(long bytes) => bytes >= 1L << 30
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 30):F1} GiB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 20):F0} MiB");

    // Bytes per session, from the structures each stage holds (measured at a million sessions; see docs/benchmarks.md).
    private const long IdAndLabelBytes = 80;       // session id string and its reference, label, intent reference
    private const long RowOverheadBytes = 32;      // a float[] row's header and its reference
    private const long PredictionBytes = 220;      // an out-of-fold prediction with its flat scores, and the sorted copy
    private const long AuditRowBytes = 260;        // an audit row, its session id, its kind for the bootstrap
    private const long BaseBytes = 300L << 20;     // the runtime, DuckDB and the libraries before any row

    /// <summary>The feature matrix: one float per column per session, the session ids and labels.</summary>
    public static MemoryNeed FeatureMatrix(long sessions, int columns) =>
        new("the feature matrix", sessions, [("rows", sessions * (columns * 4L + RowOverheadBytes + IdAndLabelBytes)), ("runtime", BaseBytes)]);

    /// <summary>
    /// Cross-validation with boosted trees: the feature matrix, and for each fold fitted at once a row-major copy of its
    /// training rows (LightGBM's input), LightGBM's binned copy and subsets of it, its training buffers, and the native
    /// memory it leaves fragmented (12 bytes per value and 40 per row: fitted to the peak measured at ten million
    /// sessions), then the out-of-fold predictions.
    /// </summary>
    public static MemoryNeed CrossValidation(long sessions, int columns, int folds, int foldsAtOnce, int learners = 1)
    {
        var train = sessions * (folds - 1) / folds;
        return new("cross-validation", sessions,
        [
            ("the feature matrix", sessions * (columns * 4L + RowOverheadBytes + IdAndLabelBytes)),
            ($"{foldsAtOnce} fold(s) at once", foldsAtOnce * train * (columns * 12L + 40)),
            ("out-of-fold predictions", learners * sessions * PredictionBytes),
            ("runtime", BaseBytes),
        ]);
    }

    /// <summary>The audit: one row per session with its group, fold, truth and prediction.</summary>
    public static MemoryNeed Audit(long sessions) =>
        new("the audit", sessions, [("rows", sessions * AuditRowBytes), ("runtime", BaseBytes)]);

    /// <summary>Throws <see cref="InsufficientMemoryException"/> with <see cref="Refusal"/> when the need exceeds the budget.</summary>
    public static void EnsureFits(MemoryNeed need, long? budget = null)
    {
        var available = budget ?? Available;
        if (need.Bytes > available) throw new InsufficientMemoryException(Refusal(need, available, budget is null && Limit is null));
    }

    /// <summary>What a stage that cannot fit says before it starts.</summary>
    public static string Refusal(MemoryNeed need, long available, bool machine) =>
        $"{need.Stage} needs about {Text(need.Bytes)} for {need.Rows:N0} sessions ({need.Detail}); " +
        (machine
            ? $"this machine has {Text(available)}: run it on a larger machine or on a sample of the sessions."
            : $"the limit is {Text(available)}: raise --memory-limit (in a notebook, memoryLimit) or run on a sample of the sessions.");
}
