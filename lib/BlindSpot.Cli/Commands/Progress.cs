using System.Globalization;
using BlindSpot.Notebooks.Execution;

namespace BlindSpot.Cli.Commands;

/// <summary>The console lines the run and reproduce verbs print (timings live here, never in notebooks).</summary>
internal static class Progress
{
    /// <summary>
    /// One line per finished cell; a failed one adds the first lines of its error and where the whole output is
    /// (<paramref name="writtenTo"/>: the notebook file the run writes, as <see cref="Shown"/> gives it before the run,
    /// or null when it keeps none).
    /// </summary>
    public static string CellLine(string notebook, CellProgress p, string? writtenTo)
    {
        var line = string.Create(CultureInfo.InvariantCulture,
            $"  {Path.GetFileName(notebook)} cell {p.CodeCellNumber}/{p.CodeCellCount} {(p.Failed ? "FAILED" : "ok")} {p.Elapsed.TotalSeconds:0.00}s");
        if (!p.Failed) return line;
        var error = (p.ErrorLines ?? []).Select(l => $"\n      {l}");
        var where = writtenTo is null
            ? "\n      the whole output is not kept: add --output DIR or --in-place"
            : $"\n      the whole output: {writtenTo} (code cell {p.CodeCellNumber})";
        return line + string.Concat(error) + where;
    }

    /// <summary>
    /// A path as a user can paste it: relative to the current folder when it is under it. Call it before a run:
    /// the runner works in the notebook's folder while cells run.
    /// </summary>
    public static string Shown(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.GetFullPath(path));
        return relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(path) : relative;
    }

    /// <summary>
    /// The process's standard error itself: while a cell runs, the kernel captures <see cref="Console.Error"/> into the
    /// cell's output, and a console line must not land in the notebook.
    /// </summary>
    public static readonly TextWriter StandardError = new StreamWriter(Console.OpenStandardError()) { AutoFlush = true };

    /// <summary>
    /// The options reproduce runs a notebook with, in its own process or in a child: the parameters, a line on standard
    /// error for each finished cell (naming <paramref name="target"/>, where the executed copy goes) and for a long cell's progress.
    /// </summary>
    public static NotebookRunOptions ReproduceOptions(string notebook, string target, IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        var shown = Shown(target);
        return new NotebookRunOptions
        {
            Parameters = parameters,
            // Straight to stderr: an error line must not be wrapped at the console's width.
            Progress = p => { if (p.Finished && !p.Skipped) Console.Error.WriteLine(CellLine(notebook, p, shown)); },
            CellUpdate = (p, text) => StandardError.WriteLine(UpdateLine(notebook, p, text)),
        };
    }

    /// <summary>A long cell's progress line while it runs, with the time the cell has taken so far.</summary>
    public static string UpdateLine(string notebook, CellProgress p, string text) =>
        string.Create(CultureInfo.InvariantCulture,
            $"  {Path.GetFileName(notebook)} cell {p.CodeCellNumber}/{p.CodeCellCount} … {p.Elapsed.TotalSeconds:0}s {text}");

    public static string NotebookLine(string notebook, NotebookRunResult r, string? written) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Path.GetFileName(notebook)}: {r.Executed} cells run, {r.Failures} failed, {r.Elapsed.TotalSeconds:0.0}s" +
            $"{(r.PeakResidentBytes > 0 ? $", peak {r.PeakResidentBytes / (1024 * 1024):N0} MiB resident" : "")}{(written is null ? "" : $" -> {written}")}");
}
