using System.CommandLine;
using BlindSpot.Core;
using BlindSpot.Logs;
using DuckDB.NET.Data;

namespace BlindSpot.Cli.Commands;

public static class ValidateCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "Turn log: .csv, .csv.gz, .tsv, .parquet, or a folder of .parquet files." };
        var quarantine = new Option<string?>("--quarantine")
        {
            Description = "Folder for rejected.csv (rejected rows and damaged lines with their reason) and valid.parquet (the valid sessions). " +
                          "The command still exits 2 when anything was rejected.",
        };
        var verbose = new Option<bool>("--verbose") { Description = "Print each step, and DuckDB's own message when a file cannot be read." };
        var database = new Option<string?>("--database") { Description = "Work in this DuckDB database file instead of memory, for logs larger than memory." };
        var memoryLimit = new Option<string?>("--memory-limit") { Description = "The memory it may use, e.g. 2GB (DuckDB is given 75 % of it); with --database, what does not fit spills to disk." };
        var command = new Command("validate", "Check a turn log against the schema and its rules.") { path, quarantine, verbose, database, memoryLimit };
        command.SetAction(parse =>
        {
            var input = parse.GetValue(path)!;
            var quarantineDir = parse.GetValue(quarantine);
            var isVerbose = parse.GetValue(verbose);
            using var status = new StatusLine("validate");
            IProgress<string> progress = isVerbose ? new SynchronousProgress(step => Console.Error.WriteLine($"validate: {step}")) : status;
            return VerbAction.Run("validate", () =>
            {
                // The quarantine and a spill file never go inside the log (a folder of Parquet files would read them next time).
                if (OutputPlace.FirstRefusal([(quarantineDir, "the quarantine"), (parse.GetValue(database), "the database file")],
                        (input, Directory.Exists(input) ? "the log folder" : "the log")) is { } refusal)
                    throw new ArgumentException(refusal);
                using var db = DuckDb.Open(parse.GetValue(database), parse.GetValue(memoryLimit));
                var report = TurnLogValidator.Import(db, input, "turns", quarantineDir, progress);
                var summary = quarantineDir is null ? null : WriteValidSessions(db, quarantineDir);
                status.Dispose();
                var text = report.Headline + (summary is null ? "" : " " + summary) + string.Concat(report.RuleLines.Select(l => "\n" + l));
                (report.IsValid ? Console.Out : Console.Error).WriteLine(text);
                return report.IsValid ? ExitCodes.Ok : ExitCodes.InvalidData;
            }, explain: e => ExplainDuckDb(input, e, isVerbose), beforeMessage: status.Dispose, verbose: isVerbose);
        });
        return command;
    }

    private static string ExplainDuckDb(string input, DuckDBException e, bool verbose) =>
        (e.Message.Contains("Out of Memory", StringComparison.OrdinalIgnoreCase)
            ? $"validate: {input}: DuckDB ran out of memory; give --database FILE (and --memory-limit) so that it can spill to disk"
            : $"validate: {input}: DuckDB failed{(verbose ? "" : " (--verbose shows its message)")}")
        + (verbose ? $"\nDuckDB: {TurnLogReader.WithoutStatement(e.Message)}" : "");

    /// <summary>Writes the loaded valid sessions beside rejected.csv and says where both went.</summary>
    private static string WriteValidSessions(DuckDBConnection db, string quarantineDir)
    {
        var validFile = Path.Combine(quarantineDir, "valid.parquet");
        db.Execute($"COPY turns TO {DuckDb.Literal(validFile + ".partial")} (FORMAT parquet, COMPRESSION zstd)");
        File.Move(validFile + ".partial", validFile, overwrite: true);
        return $"Valid rows -> {validFile}; rejected rows with their reasons -> {Path.Combine(quarantineDir, "rejected.csv")}.";
    }
}
