using System.CommandLine;
using System.Globalization;
using BlindSpot.Notebooks;
using BlindSpot.Notebooks.Execution;
using BlindSpot.Notebooks.Export;
using BlindSpot.Notebooks.Ipynb;
using Spectre.Console;

namespace BlindSpot.Cli.Commands;

/// <summary>
/// <c>blindspot reproduce [--notebooks DIR] [--html DIR]</c>: runs every notebook in name order, in place,
/// with progress on stderr and a summary table; exits 2 if any cell failed, 1 on usage or I/O errors.
/// </summary>
public static class ReproduceCommand
{
    public static Command Create()
    {
        var notebooks = new Option<string?>("--notebooks") { Description = "Folder of notebooks (default: notebooks/ here or at the repository root)" };
        var html = new Option<string?>("--html") { Description = "Also write each notebook's HTML export to this folder" };
        var command = new Command("reproduce", "Run all notebooks in order, in place, and summarise") { notebooks, html };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(notebooks), parse.GetValue(html), ct));
        return command;
    }

    public static async Task<int> RunAsync(string? notebooksDir, string? htmlDir, CancellationToken ct)
    {
        var err = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var dir = notebooksDir ?? RepositoryLayout.FindNotebooks(Directory.GetCurrentDirectory());
        if (dir is null || !Directory.Exists(dir))
        {
            err.MarkupLineInterpolated($"[red]error:[/] no notebooks folder found ({notebooksDir ?? "notebooks/ here or at the repository root"})");
            return 1;
        }
        var files = RepositoryLayout.NotebooksIn(dir);
        err.MarkupLineInterpolated($"Reproducing {files.Count} notebook(s) in {dir}");

        var rows = new List<(string Name, NotebookRunResult? Result, string? Error)>();
        for (var n = 0; n < files.Count; n++)
        {
            var path = files[n];
            err.MarkupLineInterpolated($"[bold][[{n + 1}/{files.Count}]] {Path.GetFileName(path)}[/]");
            try
            {
                var notebook = NotebookFile.Read(path);
                var options = new NotebookRunOptions
                {
                    Progress = p =>
                    {
                        if (p.Finished && !p.Skipped) err.MarkupLine(Markup.Escape(Progress.CellLine(path, p)));
                    },
                };
                var result = await NotebookRunner.RunAsync(notebook, path, options, ct);
                NotebookFile.Write(notebook, path);
                if (htmlDir is not null)
                    HtmlExporter.ExportFile(notebook, path, Path.Combine(htmlDir, Path.GetFileNameWithoutExtension(path) + ".html"));
                rows.Add((Path.GetFileName(path), result, null));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or System.Text.Json.JsonException)
            {
                err.MarkupLineInterpolated($"[red]error:[/] {path}: {ex.Message}");
                rows.Add((Path.GetFileName(path), null, ex.Message));
            }
        }

        AnsiConsole.Write(Summary(rows));
        if (rows.Any(r => r.Error is not null)) return 1;
        return rows.Any(r => r.Result is { Succeeded: false }) ? 2 : 0;
    }

    private static Table Summary(List<(string Name, NotebookRunResult? Result, string? Error)> rows)
    {
        var table = new Table().AddColumn("notebook").AddColumn("cells").AddColumn("failures").AddColumn("seconds");
        foreach (var (name, result, error) in rows)
        {
            table.AddRow(
                Markup.Escape(name),
                result?.Executed.ToString(CultureInfo.InvariantCulture) ?? "-",
                result?.Failures.ToString(CultureInfo.InvariantCulture) ?? Markup.Escape($"I/O error: {error}"),
                result?.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) ?? "-");
        }
        return table;
    }
}
