using System.Globalization;
using BlindSpot.Notebooks.Execution;

namespace BlindSpot.Cli.Commands;

/// <summary>The console lines the run and reproduce verbs print (timings live here, never in notebooks).</summary>
internal static class Progress
{
    public static string CellLine(string notebook, CellProgress p) =>
        string.Create(CultureInfo.InvariantCulture,
            $"  {Path.GetFileName(notebook)} cell {p.CodeCellNumber}/{p.CodeCellCount} {(p.Failed ? "FAILED" : "ok")} {p.Elapsed.TotalSeconds:0.00}s");

    public static string NotebookLine(string notebook, NotebookRunResult r, string? written) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Path.GetFileName(notebook)}: {r.Executed} cells run, {r.Failures} failed, {r.Elapsed.TotalSeconds:0.0}s{(written is null ? "" : $" -> {written}")}");
}
