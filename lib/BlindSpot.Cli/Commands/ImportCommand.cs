using System.CommandLine;
using System.Diagnostics;
using BlindSpot.Core;
using BlindSpot.Logs;

namespace BlindSpot.Cli.Commands;

/// <summary>
/// <c>blindspot import SOURCE --mapping MAP.json --output FILE.parquet [--quarantine DIR] [--key FILE | --keep-ids]</c>: a chat
/// platform's export into the turn-log contract (visits, the platform's signals, pseudonymous ids, derived signals),
/// then validated as <c>validate</c> would. Exit 0: everything imported and valid; 2: a conversation or a file was set
/// aside, or a row breaks a rule (the quarantine holds them); 1: it could not run. No data problem prints a stack trace.
/// </summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var source = new Argument<string>("source") { Description = "The export: one table (.csv, .parquet, .jsonl) or a folder with one CSV per conversation" };
        var mapping = new Option<string>("--mapping") { Description = "The mapping (JSON) from the export's columns onto the contract (docs/import.md)", Required = true };
        var output = new OutputOption("The turn log to write (.parquet; must not exist); ratings and the human leg go beside it", required: true, oldNames: "--out");
        var quarantine = new Option<string?>("--quarantine")
        {
            Description = "Folder for the conversations and files set aside, with the reason (default: FOLDER-quarantine beside the output's folder)",
        };
        var key = new Option<string?>("--key") { Description = $"The pseudonym key file (created if missing; default {PseudonymKey.DefaultPath})" };
        var keepIds = new Option<bool>("--keep-ids") { Description = "Keep conversation and customer ids as exported (for private use: names and e-mails in ids reach every output)" };
        var duckDb = new DuckDbCliOptions();
        var command = new Command("import", "Map a chat platform's export onto the turn-log contract, deriving the signals it lacks")
            { source, mapping, quarantine, key, keepIds };
        output.AddTo(command);
        duckDb.AddTo(command);
        command.SetAction(parse =>
        {
            var clock = Stopwatch.StartNew();
            var from = parse.GetValue(source)!;
            return VerbAction.Run("import", () =>
            {
                var map = ImportMapping.Read(parse.GetValue(mapping)!);
                var options = duckDb.Read(parse);
                var outputPath = output.Value(parse, "import")!;
                var quarantineDirectory = parse.GetValue(quarantine) ?? DefaultQuarantine(outputPath);
                // What the import writes lies outside the export it reads (a folder export: the folder; a table: the file), links followed.
                var places = new (string? Path, string What)[] { (outputPath, "the output"), (quarantineDirectory, "the quarantine"), (options.DatabaseFileOrNull, "the database file") };
                foreach (var (place, what) in places)
                    if (place is not null && OutputPlace.Refusal(place, what, (from, Directory.Exists(from) ? "the export folder" : "the export")) is { } refusal)
                        throw new ArgumentException(refusal);
                var ids = Ids(parse.GetValue(keepIds), parse.GetValue(key), from, outputPath);
                var report = ExportImporter.Import(from, map, outputPath, quarantineDirectory, options, ids);
                Console.WriteLine(report);
                using var db = DuckDbScope.Open(options);
                var validation = TurnLogValidator.Import(db.Connection, report.Output, "turns");
                Console.WriteLine(validation);
                Console.Error.WriteLine($"import: {clock.Elapsed.TotalSeconds:F1} s");
                return report.RejectedSessions == 0 && validation.IsValid ? ExitCodes.Ok : ExitCodes.InvalidData;
            }, explain: e => DuckDbCliOptions.Explain("import", from, e));
        });
        return command;
    }

    /// <summary>Beside the output's folder, never inside it: the quarantine may name files, and it stays with the user.</summary>
    private static string DefaultQuarantine(string output)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(output))!;
        return Path.Combine(Path.GetDirectoryName(folder) ?? folder, Path.GetFileName(folder) + "-quarantine");
    }

    private static Pseudonyms Ids(bool keepIds, string? keyFile, string source, string output)
    {
        if (keepIds)
        {
            if (keyFile is not null) throw new ArgumentException("--keep-ids and --key exclude each other: either ids stay as exported, or they become pseudonyms under the key.");
            return Pseudonyms.KeepIds;
        }
        var keyPath = Path.GetFullPath(keyFile ?? PseudonymKey.DefaultPath);
        foreach (var (folder, what) in new[] { (Path.GetFullPath(source), "the export"), (Path.GetDirectoryName(Path.GetFullPath(output))!, "the output's folder") })
            if (OutputPlace.IsInside(keyPath, folder))
                throw new ArgumentException($"The pseudonym key {keyPath} lies inside {what}: keep it apart (--key elsewhere), so that it never travels with the data.");
        var key = PseudonymKey.LoadOrCreate(keyPath, out var created, out var where);
        if (created) Console.Error.WriteLine($"import: created the pseudonym key {where}: keep it to get the same pseudonyms in later imports; never share it with the data.");
        return Pseudonyms.With(key);
    }
}
