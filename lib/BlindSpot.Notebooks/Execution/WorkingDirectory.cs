namespace BlindSpot.Notebooks.Execution;

/// <summary>Sets the process's current directory for a scope and restores it afterwards.</summary>
public sealed class WorkingDirectory : IDisposable
{
    private readonly string _previous;

    private WorkingDirectory(string directory)
    {
        _previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(directory);
    }

    public static WorkingDirectory Enter(string directory) => new(directory);

    public void Dispose() => Directory.SetCurrentDirectory(_previous);
}
