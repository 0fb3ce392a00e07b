namespace BlindSpot.Cli;

/// <summary>Reports on the calling thread, in order (System.Progress posts to the thread pool and may reorder lines).</summary>
public sealed class SynchronousProgress(Action<string> report) : IProgress<string>
{
    public void Report(string value) => report(value);
}
