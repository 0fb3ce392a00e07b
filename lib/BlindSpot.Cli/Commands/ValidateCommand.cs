using System.CommandLine;
using BlindSpot.Core;
using BlindSpot.Logs;
using BlindSpot.Sql;

namespace BlindSpot.Cli.Commands;

public static class ValidateCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "Turn log: .csv, .csv.gz, .tsv, .parquet, or a folder of .parquet files." };
        var quarantine = new Option<string?>("--quarantine")
        {
            Description = "Folder for rejected.csv (rejected rows with their reason) and valid.parquet (the valid sessions). " +
                          "With it, invalid rows do not fail the command: it exits 0 once both files are written.",
        };
        var command = new Command("validate", "Check a turn log against the schema and its rules.") { path, quarantine };
        command.SetAction(parse =>
        {
            var input = parse.GetValue(path)!;
            var quarantineDir = parse.GetValue(quarantine);
            try
            {
                using var db = DuckDb.OpenInMemory();
                var report = TurnLogValidator.Import(db, input, "turns", quarantineDir, new SynchronousProgress(step => Console.Error.WriteLine($"validate: {step}")));
                if (quarantineDir is not null)
                {
                    var validFile = Path.Combine(quarantineDir, "valid.parquet");
                    db.Execute($"COPY turns TO {DuckDb.Literal(validFile + ".partial")} (FORMAT parquet, COMPRESSION zstd)");
                    File.Move(validFile + ".partial", validFile, overwrite: true);
                    (report.IsValid ? Console.Out : Console.Error).WriteLine(report);
                    Console.WriteLine($"{report.ValidRows:N0} valid rows -> {validFile}; {report.RejectedRows:N0} rejected rows -> {Path.Combine(quarantineDir, "rejected.csv")}");
                    return ExitCodes.Ok;
                }
                Console.WriteLine(report);
                return ExitCodes.Ok;
            }
            catch (TurnLogValidationException e)
            {
                Console.Error.WriteLine(e.Message);
                return ExitCodes.InvalidData;
            }
            catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"validate: {e.Message}");
                return ExitCodes.UsageOrIo;
            }
            catch (DuckDB.NET.Data.DuckDBException e)
            {
                Console.Error.WriteLine($"validate: could not read {input}: {e.Message}");
                return ExitCodes.UsageOrIo;
            }
        });
        return command;
    }
}
