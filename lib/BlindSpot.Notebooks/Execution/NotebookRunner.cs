using System.Diagnostics;
using System.Text.RegularExpressions;
using BlindSpot.Notebooks.Display;
using BlindSpot.Notebooks.Ipynb;
using BlindSpot.Notebooks.Parameters;
using Microsoft.CodeAnalysis.Scripting;

namespace BlindSpot.Notebooks.Execution;

/// <summary>
/// Executes a notebook's code cells in order in one C# script state, in the notebook's folder, and
/// replaces their outputs and execution counts (1..n). Runs are serialised per process because the
/// working directory and the console are process-wide.
/// </summary>
public static partial class NotebookRunner
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
        var key = Key(Path.GetFileNameWithoutExtension(notebookPath));

        await OneAtATime.WaitAsync(cancellationToken);
        try
        {
            ConsoleCapture.EnsureInstalled();
            using var _ = WorkingDirectory.Enter(directory);
            return await RunCellsAsync(notebook, directory, key, options, cancellationToken);
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    private static async Task<NotebookRunResult> RunCellsAsync(
        Notebook notebook, string directory, string key, NotebookRunOptions options, CancellationToken ct)
    {
        var total = Stopwatch.StartNew();
        var preprocessor = new CellPreprocessor(PackagePins.Find(directory), directory);
        var session = new ScriptSession(directory);
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
            var sink = new DisplaySink(options.Formatters, key, i);
            var outcome = await RunCellAsync(cell.Source, executed + 1, preprocessor, session, sink, ct);
            watch.Stop();

            if (outcome != CellOutcome.Skipped) cell.SetExecuted(++executed, sink.ToOutputs());
            if (outcome == CellOutcome.Failed)
            {
                failures++;
                stopped = !options.ContinueOnError;
            }
            options.Progress?.Invoke(new CellProgress(
                i, number, codeCount, true, outcome == CellOutcome.Failed, outcome == CellOutcome.Skipped, watch.Elapsed));
        }
        return new NotebookRunResult(codeCount, executed, failures, total.Elapsed);
    }

    private enum CellOutcome { Succeeded, Failed, Skipped }

    private static async Task<CellOutcome> RunCellAsync(
        string source, int count, CellPreprocessor preprocessor, ScriptSession session, DisplaySink sink, CancellationToken ct)
    {
        using var _ = DisplaySink.Enter(sink);
        try
        {
            var plan = preprocessor.Process(source);
            if (plan.Skipped) return CellOutcome.Skipped;
            var run = await session.RunAsync(plan, ct);
            if (run.Exception is not null)
            {
                sink.Add(ErrorOutputs.FromException(run.Exception));
                return CellOutcome.Failed;
            }
            if (run.ReturnValue is not null)
                sink.AddResult(run.ReturnValue, count);
            return CellOutcome.Succeeded;
        }
        catch (CompilationErrorException ex)
        {
            sink.Add(ErrorOutputs.FromCompilation(ex));
        }
        catch (CellDirectiveException ex)
        {
            sink.Add(ErrorOutputs.FromDirective(ex));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            sink.Add(ErrorOutputs.FromException(ex));
        }
        return CellOutcome.Failed;
    }

    /// <summary>A file name as a lower-case HTML id fragment, e.g. "02 Models" → "02-models".</summary>
    internal static string Key(string name) => NonWord().Replace(name.ToLowerInvariant(), "-").Trim('-') is { Length: > 0 } k ? k : "nb";

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonWord();
}
