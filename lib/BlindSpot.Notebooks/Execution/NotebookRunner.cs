using System.Diagnostics;
using BlindSpot.Notebooks.Ipynb;
using BlindSpot.Notebooks.Kernel;
using BlindSpot.Notebooks.Parameters;

namespace BlindSpot.Notebooks.Execution;

/// <summary>
/// Executes a notebook's code cells in order on a fresh kernel, in the notebook's folder, and replaces their
/// outputs and execution counts (1..n). Runs are serialised per process because the working directory and the
/// console the kernel captures are process-wide.
/// </summary>
public static class NotebookRunner
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public static async Task<NotebookRunResult> RunFileAsync(
        string inputPath, string? outputPath, NotebookRunOptions options, CancellationToken cancellationToken = default)
    {
        var notebook = NotebookFile.Read(inputPath);
        var result = await RunAsync(notebook, inputPath, options, cancellationToken);
        if (outputPath is not null) NotebookFile.Write(notebook, outputPath);
        return result;
    }

    /// <summary>Runs <paramref name="notebook"/> as if it were the file at <paramref name="notebookPath"/>.</summary>
    public static async Task<NotebookRunResult> RunAsync(
        Notebook notebook, string notebookPath, NotebookRunOptions options, CancellationToken cancellationToken = default)
    {
        ParameterInjector.Inject(notebook, options.Parameters);
        var directory = Path.GetDirectoryName(Path.GetFullPath(notebookPath))!;

        await OneAtATime.WaitAsync(cancellationToken);
        try
        {
            using var _ = WorkingDirectory.Enter(directory);
            using var peak = ResidentPeak.Start();
            NotebookRunResult result;
            using (var kernel = options.KernelFactory())
                result = await RunCellsAsync(notebook, kernel, PackagePins.Find(directory), options, cancellationToken);
            return result with { PeakResidentBytes = peak.Bytes };
        }
        finally
        {
            // What the notebook's cells held (on a large log, gigabytes) is garbage once its kernel is gone: collected and
            // given back now, so that the next notebook's DuckDB starts beside an empty heap rather than a full one.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            OneAtATime.Release();
        }
    }

    private static async Task<NotebookRunResult> RunCellsAsync(
        Notebook notebook, ICellKernel kernel, PackagePins pins, NotebookRunOptions options, CancellationToken ct)
    {
        var total = Stopwatch.StartNew();
        var cells = notebook.Cells;
        var codeCount = cells.Count(c => c.IsCode);
        int number = 0, executed = 0, failures = 0;
        var stopped = false;

        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            if (!cell.IsCode) continue;
            number++;
            cell.ResetExecution();
            if (stopped || string.IsNullOrWhiteSpace(cell.Source))
            {
                options.Progress?.Invoke(new CellProgress(i, number, codeCount, true, false, true, TimeSpan.Zero));
                continue;
            }

            options.Progress?.Invoke(new CellProgress(i, number, codeCount, false, false, false, TimeSpan.Zero));
            var watch = Stopwatch.StartNew();
            var running = new CellProgress(i, number, codeCount, false, false, false, TimeSpan.Zero);
            var onUpdate = options.CellUpdate is { } cellUpdate ? text => cellUpdate(running with { Elapsed = watch.Elapsed }, text) : (Action<string>?)null;
            var run = await RunCellAsync(kernel, cell.Source, executed + 1, pins, onUpdate, ct);
            watch.Stop();

            cell.SetExecuted(++executed, [.. run.Outputs]);
            if (run.Failed)
            {
                failures++;
                stopped = !options.ContinueOnError;
            }
            options.Progress?.Invoke(new CellProgress(i, number, codeCount, true, run.Failed, false, watch.Elapsed,
                run.Failed ? CellErrors.FirstLines(run.Outputs) : null));
        }
        return new NotebookRunResult(codeCount, executed, failures, total.Elapsed);
    }

    private static async Task<CellExecution> RunCellAsync(
        ICellKernel kernel, string source, int count, PackagePins pins, Action<string>? onUpdate, CancellationToken ct)
    {
        if (PackageDirectives.FindViolation(source, pins) is { } violation)
            return new CellExecution([Outputs.Error("DirectiveError", violation, [violation])], Failed: true);
        return await kernel.SubmitAsync(source, count, ct, onUpdate);
    }
}
