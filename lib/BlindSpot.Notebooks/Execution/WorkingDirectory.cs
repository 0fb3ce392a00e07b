namespace BlindSpot.Notebooks.Execution;

/// <summary>Sets the process's current directory for a scope and restores it afterwards (if it still exists).</summary>
public sealed class WorkingDirectory : IDisposable
{
    private readonly string? _previous;

    private WorkingDirectory(string directory)
    {
        try { _previous = Directory.GetCurrentDirectory(); }
        catch (IOException) { _previous = null; } // the old folder was deleted: nothing to return to
        Directory.SetCurrentDirectory(directory);
    }

    public static WorkingDirectory Enter(string directory) => new(directory);

    public void Dispose()
    {
        if (_previous is not null && Directory.Exists(_previous)) Directory.SetCurrentDirectory(_previous);
    }
}
