using BlindSpot.Notebooks.Kernel;

namespace BlindSpot.Notebooks.Execution;

/// <summary>How to run a notebook.</summary>
public sealed class NotebookRunOptions
{
    /// <summary>Run the remaining cells after a failing one (default: stop at the first failure).</summary>
    public bool ContinueOnError { get; init; }

    /// <summary>Overrides for the parameters cell, in order (papermill's -p NAME VALUE).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; init; } = [];

    /// <summary>Makes a fresh kernel for each notebook (default: .NET Interactive's C# kernel, in-process).</summary>
    public Func<ICellKernel> KernelFactory { get; init; } = () => new DotNetInteractiveKernel();

    /// <summary>Called before and after each code cell (timings are reported here, never written to the notebook).</summary>
    public Action<CellProgress>? Progress { get; init; }

    /// <summary>
    /// Called while a cell runs with each update of a value it displayed (a long cell's progress line) and the cell's
    /// position; what the notebook keeps is the last update, this is for a console.
    /// </summary>
    public Action<CellProgress, string>? CellUpdate { get; init; }
}

/// <summary>
/// Progress of one code cell: <see cref="Finished"/> is false when it starts. A failed cell carries the first
/// lines of its error (<see cref="CellErrors"/>), so a console can say why without opening the notebook.
/// </summary>
public sealed record CellProgress(
    int CellIndex, int CodeCellNumber, int CodeCellCount, bool Finished, bool Failed, bool Skipped, TimeSpan Elapsed,
    IReadOnlyList<string>? ErrorLines = null);

/// <summary>What happened in a run; the executed notebook itself is updated in place.</summary>
public sealed record NotebookRunResult(int CodeCells, int Executed, int Failures, TimeSpan Elapsed)
{
    public bool Succeeded => Failures == 0;

    /// <summary>The process's largest resident memory while the notebook ran (<see cref="ResidentPeak"/>); 0 when not measured.</summary>
    public long PeakResidentBytes { get; init; }
}
