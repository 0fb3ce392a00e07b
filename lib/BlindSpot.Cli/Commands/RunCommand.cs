using System.CommandLine;
using BlindSpot.Notebooks.Execution;
using BlindSpot.Notebooks.Export;
using BlindSpot.Notebooks.Ipynb;
using BlindSpot.Notebooks.Parameters;

namespace BlindSpot.Cli.Commands;

/// <summary>
/// <c>blindspot run NOTEBOOK... [--output DIR | --in-place] [-p NAME VALUE]... [--format ipynb|html] [--continue-on-error]</c>.
/// Exit codes: 0 all cells ran, 2 a cell failed, 1 usage or I/O error.
/// </summary>
public static class RunCommand
{
    public static Command Create()
    {
        var notebooks = new Argument<string[]>("notebook") { Arity = ArgumentArity.OneOrMore, Description = "Notebooks (.ipynb) to execute" };
        var outputPath = new OutputOption("Folder for the executed notebooks (or HTML exports)", oldNames: "--output-path");
        var inPlace = new Option<bool>("--in-place") { Description = "Overwrite each input notebook with its executed copy" };
        var parameters = new Option<string[]>("--parameter", "-p")
        {
            Description = "Override a parameter of the cell tagged 'parameters': -p NAME VALUE (repeatable)",
            Arity = new ArgumentArity(2, 2),
            AllowMultipleArgumentsPerToken = true,
        };
        var format = new Option<string>("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => "ipynb" };
        format.AcceptOnlyFromAmong("ipynb", "html");
        var continueOnError = new Option<bool>("--continue-on-error") { Description = "Run the remaining cells after a failing cell" };

        var duckDb = new DuckDbCliOptions();
        var command = new Command("run", "Execute notebooks headlessly (like dotnet-repl --run … --exit-after-run, with papermill parameters)")
        {
            notebooks, inPlace, parameters, format, continueOnError,
        };
        outputPath.AddTo(command);
        duckDb.AddTo(command);
        command.SetAction((parse, ct) =>
        {
            BlindSpot.Core.DuckDbOptions options;
            string? folder;
            try
            {
                options = duckDb.Read(parse, capHeap: false);
                folder = outputPath.Value(parse, "run");
            }
            catch (ArgumentException e)
            {
                return Task.FromResult(Usage(e.Message));
            }
            return RunAsync(new RunRequest(
                parse.GetValue(notebooks) ?? [],
                folder,
                parse.GetValue(inPlace),
                ParameterPairs(parse.GetResult(parameters)),
                parse.GetValue(format) ?? "ipynb",
                parse.GetValue(continueOnError)) { DuckDb = options }, ct);
        });
        return command;
    }

    /// <summary>Each -p occurrence contributes one NAME VALUE pair.</summary>
    internal static List<KeyValuePair<string, string>> ParameterPairs(System.CommandLine.Parsing.OptionResult? result)
    {
        var tokens = result?.Tokens.Select(t => t.Value).ToList() ?? [];
        return [.. tokens.Chunk(2).Where(c => c.Length == 2).Select(c => KeyValuePair.Create(c[0], c[1]))];
    }

    public sealed record RunRequest(
        IReadOnlyList<string> Notebooks, string? OutputPath, bool InPlace,
        IReadOnlyList<KeyValuePair<string, string>> Parameters, string Format, bool ContinueOnError)
    {
        /// <summary>--memory-limit / --database: given to each notebook that declares memoryLimit / databasePath.</summary>
        public BlindSpot.Core.DuckDbOptions DuckDb { get; init; } = BlindSpot.Core.DuckDbOptions.Default;
    }

    public static async Task<int> RunAsync(RunRequest request, CancellationToken ct)
    {
        if (request.InPlace && request.OutputPath is not null)
            return Usage("--in-place and --output exclude each other");
        var missing = request.Notebooks.FirstOrDefault(n => !File.Exists(n));
        if (missing is not null) return Usage($"notebook not found: {missing}");
        if (WritesOverAnInput(request) is { } overwrite) return Usage(overwrite);
        if (EnsureLibraryBuilt(request.Notebooks) is { } notBuilt) return Usage(notBuilt);

        var exit = 0;
        var database = request.DuckDb.DatabaseFileOrNull is { } file && !File.Exists(file) ? file : null;
        try
        {
            foreach (var path in request.Notebooks)
            {
                var code = await RunOneAsync(path, request, ct);
                exit = Math.Max(exit, code);
            }
        }
        finally
        {
            // the notebooks' sessions leave the database file behind; the run created it, so it goes
            if (database is not null) BlindSpot.Core.DuckDbOptions.DeleteDatabase(database);
        }
        return exit;
    }

    private static async Task<int> RunOneAsync(string path, RunRequest request, CancellationToken ct)
    {
        var stderr = Console.Error;
        try
        {
            var notebook = NotebookFile.Read(path);
            var target = TargetPath(path, request);
            var shownTarget = target is null ? null : Progress.Shown(target);
            var declared = ParameterInjector.Declared(notebook);
            var options = new NotebookRunOptions
            {
                ContinueOnError = request.ContinueOnError,
                Parameters = [.. request.Parameters, .. DuckDbCliOptions.AsParameters(request.DuckDb).Where(p => declared.Contains(p.Key))],
                Progress = p => { if (p.Finished && !p.Skipped) stderr.WriteLine(Progress.CellLine(path, p, shownTarget)); },
                CellUpdate = (p, text) => Progress.StandardError.WriteLine(Progress.UpdateLine(path, p, text)),
            };
            var result = await NotebookRunner.RunAsync(notebook, path, options, ct);
            if (target is not null)
            {
                if (request.Format == "html") HtmlExporter.ExportFile(notebook, path, target);
                else NotebookFile.Write(notebook, target);
            }
            stderr.WriteLine(Progress.NotebookLine(path, result, target));
            return result.Succeeded ? ExitCodes.Ok : ExitCodes.CellFailed;
        }
        catch (ParameterException ex)
        {
            return Usage($"{path}: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or System.Text.Json.JsonException)
        {
            stderr.WriteLine($"error: {path}: {ex.Message}");
            return ExitCodes.UsageOrIo;
        }
    }

    /// <summary>
    /// Without --in-place, an executed copy never replaces a notebook given to be run (an --output that is the
    /// notebooks' own folder, or a link to it): the user asked to keep it as it is.
    /// </summary>
    private static string? WritesOverAnInput(RunRequest request)
    {
        if (request.InPlace) return null;
        var inputs = request.Notebooks.Select(BlindSpot.Core.OutputPlace.Real).ToHashSet(StringComparer.Ordinal);
        foreach (var notebook in request.Notebooks)
            if (TargetPath(notebook, request) is { } target && inputs.Contains(BlindSpot.Core.OutputPlace.Real(target)))
                return $"--output {request.OutputPath} would write the executed {Path.GetFileName(target)} over the notebook {notebook}: " +
                       "choose another folder, or give --in-place to replace it on purpose";
        return null;
    }

    private static string? TargetPath(string input, RunRequest request)
    {
        var extension = request.Format == "html" ? ".html" : ".ipynb";
        var name = Path.GetFileNameWithoutExtension(input) + extension;
        if (request.OutputPath is not null) return Path.Combine(request.OutputPath, name);
        if (request.InPlace) return Path.Combine(Path.GetDirectoryName(Path.GetFullPath(input))!, name);
        return null;
    }

    /// <summary>Builds the library the notebooks load when needed; returns why it could not, or null.</summary>
    internal static string? EnsureLibraryBuilt(IReadOnlyList<string> notebooks)
    {
        try
        {
            return LibraryBuild.EnsureCurrent(notebooks, Console.Error);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or System.Text.Json.JsonException
                                       or BadImageFormatException)
        {
            return ex.Message;
        }
    }

    private static int Usage(string message)
    {
        Console.Error.WriteLine($"error: {message}");
        return ExitCodes.UsageOrIo;
    }
}
