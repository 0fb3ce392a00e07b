using System.CommandLine;
using System.Globalization;
using BlindSpot.Cli.Bench;

namespace BlindSpot.Cli.Commands;

public static class BenchCommand
{
    public static Command Create()
    {
        var sizes = ListOption.Create("--sizes", "Session counts, repeated or space-separated.", () => ["1250", "100000", "1000000"]);
        var stages = ListOption.Create("--stages", $"Stages, repeated or space-separated ({string.Join(", ", BenchStages.All)}; also {string.Join(", ", BenchStages.Optional)}, after features).", () => [.. BenchStages.All]);
        var work = new Option<string?>("--work") { Description = "Folder for the generated data (default: a temporary folder, deleted afterwards)." };
        var output = new OutputOption("Write the markdown table to this file too.", oldNames: "--out");
        var peers = new Option<bool>("--peers")
        {
            Description = $"Measure what an analyst would use instead, in the same run on the same files, and print ratios: {PeerStages.DuckDb} " +
                          $"(the sql/ features straight over the Parquet log in DuckDB, against import + features), {PeerStages.DuckDbCsv} " +
                          $"(the same over the CSV log with read_csv, against {BenchStages.ImportCsv} + features, a stage --peers adds) and {PeerStages.Sklearn} " +
                          "(scikit-learn's HistGradientBoostingClassifier on the same features and folds, against cv; skipped with a note " +
                          "when no Python with scikit-learn is found).",
        };
        var repeat = new Option<int>("--repeat")
        {
            Description = "Run the stages this many times, in rounds (simulate once), and report each stage's median with its fastest and slowest run.",
            DefaultValueFactory = _ => 1,
        };
        var duckDb = new DuckDbCliOptions();
        var command = new Command("bench", "Measure each pipeline stage (wall time, throughput, peak memory) at several sizes.") { sizes, stages, work, peers, repeat };
        output.AddTo(command);
        duckDb.AddTo(command);
        command.SetAction(parse =>
        {
            return VerbAction.Run("bench", () =>
            {
                var options = duckDb.Read(parse);
                var sessionCounts = ListOption.Values(parse, sizes, "bench")!.Select(s => int.Parse(s, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)).ToArray();
                var stageNames = ListOption.Values(parse, stages, "bench")!;
                if (sessionCounts.Length == 0 || sessionCounts.Any(n => n < 1)) throw new FormatException("sizes must be positive");
                if (parse.GetValue(repeat) < 1) throw new FormatException("--repeat must be at least 1");
                var unknown = stageNames.Except(BenchStages.Known).ToList();
                if (unknown.Count > 0) throw new FormatException($"unknown stage(s) {string.Join(", ", unknown)}; stages: {string.Join(", ", BenchStages.Known)}");
                var notes = new List<string>();
                if (parse.GetValue(peers)) stageNames = WithPeers(stageNames, notes, Console.Error);
                var workFolder = parse.GetValue(work);
                var temporary = workFolder is null;
                workFolder ??= Directory.CreateTempSubdirectory("blindspot-bench-").FullName;
                try
                {
                    var results = BenchRunner.Run(sessionCounts, stageNames, workFolder, Console.Error, parse.GetValue(repeat), options);
                    var table = BenchRunner.Markdown(results, notes);
                    Console.Write(table);
                    if (output.Value(parse, "bench") is { } path) File.WriteAllText(path, table);
                    return ExitCodes.Ok;
                }
                finally
                {
                    if (temporary) Directory.Delete(workFolder, recursive: true);
                }
            });
        });
        return command;
    }

    /// <summary>
    /// Each peer right after the stage it is compared with (so the two run back to back, under the same load), or at the
    /// end; the scikit-learn peer is left out, with a note, when no Python with scikit-learn is found.
    /// </summary>
    private static string[] WithPeers(string[] stageNames, List<string> notes, TextWriter log)
    {
        var list = stageNames.Where(s => !PeerStages.All.Contains(s)).ToList();
        // the CSV peer is compared with the import of the CSV: run it right after the Parquet import
        if (list.IndexOf("import") is var import and >= 0 && !list.Contains(BenchStages.ImportCsv)) list.Insert(import + 1, BenchStages.ImportCsv);
        foreach (var peer in PeerStages.All)
        {
            if (peer == PeerStages.Sklearn && PythonPeer.Locate() is (null, var reason))
            {
                var note = $"{PeerStages.Sklearn} skipped: {reason}.";
                log.WriteLine($"bench: {note}");
                notes.Add(note);
                continue;
            }
            var after = list.FindLastIndex(s => PeerStages.ComparedWith(peer).Contains(s));
            if (after < 0) { list.Add(peer); continue; }
            while (after + 1 < list.Count && PeerStages.All.Contains(list[after + 1])) after++; // after the peers already there
            list.Insert(after + 1, peer);
        }
        return [.. list];
    }

    /// <summary>The hidden verb a bench child runs: one stage, each of its results as a line of standard output.</summary>
    public static Command CreateStage()
    {
        var stage = new Argument<string>("stage");
        var sessions = new Argument<int>("sessions");
        var folder = new Argument<string>("folder");
        var duckDb = new DuckDbCliOptions();
        var command = new Command("bench-stage", "Run one bench stage (used by bench).") { stage, sessions, folder };
        duckDb.AddTo(command);
        command.Hidden = true;
        command.SetAction(parse =>
        {
            foreach (var result in BenchStages.Run(parse.GetValue(stage)!, parse.GetValue(sessions), parse.GetValue(folder)!, duckDb.Read(parse)))
                Console.WriteLine(result.ToLine());
            return ExitCodes.Ok;
        });
        return command;
    }
}
