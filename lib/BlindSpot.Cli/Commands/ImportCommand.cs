using System.CommandLine;
using System.Diagnostics;
using BlindSpot.Core;
using BlindSpot.Logs;

namespace BlindSpot.Cli.Commands;

/// <summary>
/// <c>blindspot import SOURCE --mapping MAP.json --out FILE.parquet [--quarantine DIR]</c>: a chat platform's export
/// into the turn-log contract, deriving the signals it lacks, then validated as <c>validate</c> would.
/// Exit 0: everything imported and valid; 2: a conversation was set aside or a row breaks a rule; 1: it could not run.
/// </summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var source = new Argument<string>("source") { Description = "The export: one table (.csv, .parquet, .jsonl) or a folder with one CSV per conversation" };
        var mapping = new Option<string>("--mapping") { Description = "The mapping (JSON) from the export's columns onto the contract (README: Real exports)", Required = true };
        var output = new Option<string>("--out") { Description = "The turn log to write (.parquet; must not exist)", Required = true };
        var quarantine = new Option<string?>("--quarantine") { Description = "Folder for the conversations set aside, with the reason" };
        var duckDb = new DuckDbCliOptions();
        var command = new Command("import", "Map a chat platform's export onto the turn-log contract, deriving the signals it lacks") { source, mapping, output, quarantine };
        duckDb.AddTo(command);
        command.SetAction(parse =>
        {
            var clock = Stopwatch.StartNew();
            try
            {
                var map = ImportMapping.Read(parse.GetValue(mapping)!);
                var options = duckDb.Read(parse);
                var report = ExportImporter.Import(parse.GetValue(source)!, map, parse.GetValue(output)!, parse.GetValue(quarantine), options);
                Console.WriteLine(report);
                using var db = DuckDbScope.Open(options);
                var validation = TurnLogValidator.Import(db.Connection, report.Output, "turns");
                Console.WriteLine(validation);
                Console.Error.WriteLine($"import: {clock.Elapsed.TotalSeconds:F1} s");
                return report.RejectedSessions == 0 && validation.IsValid ? ExitCodes.Ok : ExitCodes.InvalidData;
            }
            catch (DuckDB.NET.Data.DuckDBException e)
            {
                Console.Error.WriteLine(DuckDbCliOptions.Explain("import", parse.GetValue(source)!, e));
                return ExitCodes.UsageOrIo;
            }
            catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"import: {e.Message}");
                return ExitCodes.UsageOrIo;
            }
        });
        return command;
    }
}
