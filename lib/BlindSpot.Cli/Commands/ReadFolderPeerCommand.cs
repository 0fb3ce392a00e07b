using System.CommandLine;
using System.Diagnostics;
using BlindSpot.Core;

namespace BlindSpot.Cli.Commands;

/// <summary>
/// <c>blindspot bench-read-folder FOLDER</c> (hidden): the peer of <c>import</c> on a folder of one CSV per conversation,
/// what an analyst would type instead: DuckDB's own <c>read_csv</c> over the folder's <c>*.csv</c> (a pattern the analyst
/// writes, union by name unless <c>--first-file-schema</c>, every value as text), the rows copied into a table, nothing mapped, split or derived.
/// docs/benchmarks.md times it against the import of the same folder.
/// </summary>
public static class ReadFolderPeerCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder");
        var firstFileSchema = new Option<bool>("--first-file-schema") { Description = "Without union_by_name: every file read with the first file's columns (faster; wrong if they differ)" };
        var command = new Command("bench-read-folder", "DuckDB's read_csv over a folder of CSV files (the import's peer in benchmarks).") { folder, firstFileSchema };
        command.Hidden = true;
        command.SetAction(parse =>
        {
            var clock = Stopwatch.StartNew();
            using var db = DuckDb.OpenInMemory();
            var glob = Path.Combine(DuckDbPath.Escape(parse.GetValue(folder)!), "*.csv"); // the folder as named; only *.csv is a pattern
            db.Execute($"CREATE TABLE export AS SELECT * FROM read_csv({DuckDb.Literal(glob)}, union_by_name = {(parse.GetValue(firstFileSchema) ? "false" : "true")}, all_varchar = true, header = true, filename = true)");
            var rows = db.Scalar<long>("SELECT count(*) FROM export");
            Console.WriteLine($"read_csv: {rows:N0} rows in {clock.Elapsed.TotalSeconds:F1} s");
            return ExitCodes.Ok;
        });
        return command;
    }
}
