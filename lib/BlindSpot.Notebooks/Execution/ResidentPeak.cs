namespace BlindSpot.Notebooks.Execution;

/// <summary>
/// The largest resident memory of this process and the processes it started (<see cref="ProcessTree"/>) while something
/// runs (a notebook: its kernel, its DuckDB, its models), sampled every few milliseconds. The process's own peak counts
/// from its start, so it cannot tell one notebook of a run from the next; this can.
/// </summary>
public sealed class ResidentPeak : IDisposable
{
    private readonly Timer _timer;
    private long _peak;

    private ResidentPeak(TimeSpan every)
    {
        Sample();
        _timer = new Timer(_ => Sample(), null, every, every);
    }

    private static readonly int Self = Environment.ProcessId;

    public static ResidentPeak Start(int everyMilliseconds = 100) => new(TimeSpan.FromMilliseconds(everyMilliseconds));

    /// <summary>The largest resident set seen so far, in bytes.</summary>
    public long Bytes
    {
        get
        {
            Sample();
            return Interlocked.Read(ref _peak);
        }
    }

    private void Sample()
    {
        var now = ProcessTree.ResidentBytes(Self);
        long seen;
        while (now > (seen = Interlocked.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, now, seen) != seen) { }
    }

    public void Dispose() => _timer.Dispose();
}
