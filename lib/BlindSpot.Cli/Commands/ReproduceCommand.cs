using System.CommandLine;
using System.Globalization;
using BlindSpot.Logs;
using BlindSpot.Notebooks;
using BlindSpot.Notebooks.Execution;
using BlindSpot.Notebooks.Ipynb;
using BlindSpot.Notebooks.Parameters;
using BlindSpot.Simulation;
using Spectre.Console;

namespace BlindSpot.Cli.Commands;

/// <summary>
/// <c>blindspot reproduce [--data DIR] [--output OUT] [--notebooks DIR] [--html DIR] [-p NAME VALUE]…</c>: runs every
/// notebook in name order, in place (or into OUT), with progress on stderr and a summary table (then, with --html, writes
/// the reading site); exits 3 if any cell failed, 1 on usage or I/O errors. Each -p goes to every notebook whose parameters
/// cell declares it (a name no notebook declares is a usage error), so one outcome definition, typed once, flows through
/// the whole case study. With --data, the notebooks that read a log (those declaring dataDir and outputDir) run on the
/// log in DIR, which is only read; the executed notebooks and everything they derive go to OUT, a new or empty folder.
/// </summary>
public static class ReproduceCommand
{
    public static Command Create()
    {
        var notebooks = new Option<string?>("--notebooks") { Description = "Folder of notebooks (default: notebooks/ here or at the repository root)" };
        var html = new Option<string?>("--html") { Description = "Also write the reading site (as `site DIR`) to this folder" };
        var data = new Option<string?>("--data")
        {
            Description = "Run the notebooks on the turn log in this folder (turns.parquet, turns.csv or turns/, and the human leg's files when present); the folder is only read",
        };
        var output = new OutputOption("Write the executed notebooks (and, with --data, everything they derive) to this new or empty folder instead of in place (with --data, default: out/<name of the data folder>)",
                                      oldNames: "--output-path");
        var parameters = new Option<string[]>("--parameter", "-p")
        {
            Description = "Set a parameter in every notebook that declares it: -p NAME VALUE (repeatable)",
            Arity = new ArgumentArity(2, 2),
            AllowMultipleArgumentsPerToken = true,
        };
        var resume = new Option<bool>("--resume")
        {
            Description = "Continue a run into a folder of its own (--data/--output) that was stopped: the notebooks it finished from the same notebook, log, " +
                          "library and parameters are kept, and the run starts at the first other one",
        };
        var noRedact = new Option<bool>("--no-redact")
        {
            Description = "With --data: show message text as it is (by default e-mail addresses, card and phone numbers and long digit runs are masked); for private use only",
        };
        var duckDb = new DuckDbCliOptions();
        var command = new Command("reproduce", "Run all notebooks in order, in place (or on a team's log into a folder of their own), and summarise")
        {
            notebooks, html, parameters, data, noRedact, resume,
        };
        output.AddTo(command);
        duckDb.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            BlindSpot.Core.DuckDbOptions options;
            string? outputFolder;
            try
            {
                options = duckDb.Read(parse, capHeap: false);
                outputFolder = output.Value(parse, "reproduce");
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.UsageOrIo;
            }
            var database = options.DatabaseFileOrNull is { } file && !File.Exists(file) ? file : null;
            try
            {
                return await RunAsync(parse.GetValue(notebooks), parse.GetValue(html), ct, [.. RunCommand.ParameterPairs(parse.GetResult(parameters)),
                                          .. parse.GetValue(noRedact) ? [KeyValuePair.Create("redact", "false")] : Array.Empty<KeyValuePair<string, string>>(),
                                          .. DuckDbCliOptions.AsParameters(options)],
                                      parse.GetValue(data), outputFolder, parse.GetValue(resume));
            }
            finally
            {
                // the notebooks' sessions leave the database file behind; the run created it, so it goes
                if (database is not null) BlindSpot.Core.DuckDbOptions.DeleteDatabase(database);
            }
        });
        return command;
    }

    public static async Task<int> RunAsync(string? notebooksDir, string? htmlDir, CancellationToken ct,
                                           IReadOnlyList<KeyValuePair<string, string>>? parameters = null, string? dataDir = null, string? outputPath = null,
                                           bool resume = false)
    {
        parameters ??= [];
        var err = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var dir = notebooksDir ?? RepositoryLayout.FindNotebooks(Directory.GetCurrentDirectory());
        if (dir is null || !Directory.Exists(dir))
        {
            err.MarkupLineInterpolated($"[red]error:[/] no notebooks folder found ({notebooksDir ?? "notebooks/ here or at the repository root"})");
            return ExitCodes.UsageOrIo;
        }
        var files = RepositoryLayout.NotebooksIn(dir);
        if (dataDir is not null)
        {
            // The site and a spill file are outputs too: never inside the log's folder, links followed.
            var outputs = new[] { (htmlDir, "the site folder"), (parameters.FirstOrDefault(p => p.Key == "databasePath").Value, "the database file") };
            foreach (var (place, what) in outputs)
                if (place is { Length: > 0 } && BlindSpot.Core.OutputPlace.Refusal(place, what, (dataDir, "the log folder")) is { } refusal)
                {
                    Console.Error.WriteLine($"error: {refusal}");
                    return ExitCodes.UsageOrIo;
                }
        }
        if (dataDir is not null || outputPath is not null)
        {
            var plan = TeamLogRun.Plan(files, dataDir, outputPath, parameters, resume);
            if (plan.Error is not null)
            {
                // Straight to stderr: a path in the message must not be wrapped at the console's width.
                Console.Error.WriteLine($"error: {plan.Error}");
                return ExitCodes.UsageOrIo;
            }
            (files, parameters, outputPath) = (plan.Notebooks, plan.Parameters, plan.OutputFolder);
            if (dataDir is not null) err.MarkupLineInterpolated($"The log in {Path.GetFullPath(dataDir)} is only read; the run writes to {outputPath}");
        }
        err.MarkupLineInterpolated($"Reproducing {files.Count} notebook(s) in {dir}");
        Dictionary<string, IReadOnlyList<KeyValuePair<string, string>>> perNotebook;
        try
        {
            perNotebook = ParametersPerNotebook(files, parameters, err);
        }
        catch (ParameterException ex)
        {
            err.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
            return ExitCodes.UsageOrIo;
        }

        if (RunCommand.EnsureLibraryBuilt(files) is { } notBuilt)
        {
            err.MarkupLineInterpolated($"[red]error:[/] {notBuilt}");
            return ExitCodes.UsageOrIo;
        }
        if (resume && outputPath is null)
        {
            Console.Error.WriteLine("error: --resume continues a run into a folder of its own: give --data or --output");
            return ExitCodes.UsageOrIo;
        }

        // A run into a folder of its own records what it finished and from what, after each notebook.
        var manifest = outputPath is null ? null : new RunManifest(LogFingerprint(dataDir, dir), LibraryBuild.LoadedVersion(),
            [.. parameters.Select(p => $"{p.Key}={p.Value}")], []);
        var earlier = outputPath is null ? null : RunManifest.Read(outputPath);
        var kept = 0;
        if (resume && manifest is not null)
        {
            (manifest, kept) = manifest.Resuming(earlier, files, outputPath!);
            if (earlier is not null && !manifest.SameInputs(earlier))
                Console.Error.WriteLine($"resume: the log, the library or the parameters changed since the run in {outputPath}: every notebook runs again");
        }

        // Under a memory limit each notebook runs in a process of its own: the kernels of one process keep what earlier
        // notebooks held (a DuckDB instance a cell left open, a heap the runtime does not give back), and at ten million
        // sessions that was gigabytes beside the next notebook's DuckDB.
        var ownProcesses = parameters.Any(p => p.Key == DuckDbCliOptions.MemoryLimitParameter && !string.IsNullOrWhiteSpace(p.Value));
        if (ownProcesses) Console.Error.WriteLine("Under a memory limit each notebook runs in a process of its own, given back when it ends");
        var rows = new List<(string Name, NotebookRunResult? Result, string? Error)>();
        for (var n = 0; n < files.Count; n++)
        {
            var path = files[n];
            err.MarkupLineInterpolated($"[bold][[{n + 1}/{files.Count}]] {Path.GetFileName(path)}[/]");
            if (n < kept)
            {
                Console.Error.WriteLine($"resume: {Path.GetFileName(path)} kept: the stopped run finished it from the same notebook, log, library and parameters");
                rows.Add((Path.GetFileName(path), null, Kept));
                continue;
            }
            try
            {
                manifest?.With(path, finished: false).Write(outputPath!);
                var notebook = NotebookFile.Read(path); // here too under a limit: a damaged notebook is named, not a child's exit code
                NotebookRunResult result;
                if (ownProcesses) result = await NotebookProcess.RunAsync(path, Target(path, outputPath), perNotebook[path], ct);
                else
                {
                    result = await NotebookRunner.RunAsync(notebook, path, Progress.ReproduceOptions(path, Target(path, outputPath), perNotebook[path]), ct);
                    NotebookFile.Write(notebook, Target(path, outputPath));
                }
                manifest = manifest?.With(path, finished: result.Succeeded);
                manifest?.Write(outputPath!);
                rows.Add((Path.GetFileName(path), result, null));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or System.Text.Json.JsonException)
            {
                err.MarkupLineInterpolated($"[red]error:[/] {path}: {ex.Message}");
                rows.Add((Path.GetFileName(path), null, ex.Message));
            }
        }

        AnsiConsole.Write(Summary(rows));
        if (htmlDir is not null)
        {
            try
            {
                SiteCommand.Write([.. files.Select(f => Target(f, outputPath))], htmlDir);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                err.MarkupLineInterpolated($"[red]error:[/] {htmlDir}: {ex.Message}");
                return ExitCodes.UsageOrIo;
            }
        }
        if (rows.Any(r => r.Error is not null and not Kept)) return ExitCodes.UsageOrIo;
        return rows.Any(r => r.Result is { Succeeded: false }) ? ExitCodes.CellFailed : ExitCodes.Ok;
    }

    /// <summary>A row of a notebook the resumed run had finished.</summary>
    private const string Kept = "kept";

    /// <summary>The fingerprint of the log the notebooks read: the team's, or the repository's default data.</summary>
    private static string LogFingerprint(string? dataDir, string notebooksDir) =>
        LogFolder.TurnLogIn(dataDir ?? Path.Combine(notebooksDir, "..", "data")) is { } turns ? TurnLogFingerprint.Of(turns) : "none";

    private static string Target(string notebook, string? outputFolder) =>
        outputFolder is null ? notebook : Path.Combine(outputFolder, Path.GetFileName(notebook));

    /// <summary>Which notebooks take each parameter; says so on stderr. A name no notebook declares is an error.</summary>
    private static Dictionary<string, IReadOnlyList<KeyValuePair<string, string>>> ParametersPerNotebook(
        IReadOnlyList<string> files, IReadOnlyList<KeyValuePair<string, string>> parameters, IAnsiConsole err)
    {
        var declared = files.ToDictionary(f => f, f => ParameterInjector.Declared(NotebookFile.Read(f)));
        foreach (var (name, value) in parameters)
        {
            var takers = files.Where(f => declared[f].Contains(name)).Select(Path.GetFileNameWithoutExtension).ToList();
            if (takers.Count == 0)
                throw new ParameterException($"no notebook declares the parameter '{name}'");
            err.MarkupLineInterpolated($"{name} = {value} -> {string.Join(", ", takers)}");
        }
        return files.ToDictionary(f => f,
            f => (IReadOnlyList<KeyValuePair<string, string>>)[.. parameters.Where(p => declared[f].Contains(p.Key))]);
    }

    private static Table Summary(List<(string Name, NotebookRunResult? Result, string? Error)> rows)
    {
        var table = new Table().AddColumn("notebook").AddColumn("cells").AddColumn("failures").AddColumn("seconds").AddColumn("peak MiB");
        foreach (var (name, result, error) in rows)
        {
            if (error == Kept)
            {
                table.AddRow(Markup.Escape(name), "-", "kept", "-", "-");
                continue;
            }
            table.AddRow(
                Markup.Escape(name),
                result?.Executed.ToString(CultureInfo.InvariantCulture) ?? "-",
                result?.Failures.ToString(CultureInfo.InvariantCulture) ?? Markup.Escape($"I/O error: {error}"),
                result?.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) ?? "-",
                result is { PeakResidentBytes: > 0 } r ? (r.PeakResidentBytes / (1024 * 1024)).ToString("N0", CultureInfo.InvariantCulture) : "-");
        }
        return table;
    }
}
