using System.CommandLine;
using System.Diagnostics;
using BlindSpot.Sql;

namespace BlindSpot.Cli.Commands;

public static class FeaturesCommand
{
    public static Command Create()
    {
        var source = new Argument<string>("source")
        {
            Description = "Turn log: .csv, .csv.gz, .tsv, .parquet, a folder of .parquet files, or a PostgreSQL connection string " +
                          "(Host=…;Port=…;Database=…;Username=…) whose table turns has the contract's columns (the queries then run in PostgreSQL).",
        };
        var outcome = new Option<string>("--outcome") { Description = "Outcome definition (a file in sql/outcomes/).", DefaultValueFactory = _ => SqlSession.DefaultOutcomeDefinition };
        var output = new OutputOption("Parquet file for session_features plus the outcome column.", required: true, oldNames: "--out");
        var duckDb = new DuckDbCliOptions();
        var command = new Command("features", "Validate a turn log and write its session features and outcomes as Parquet, computed where the log is.") { source, outcome };
        output.AddTo(command);
        duckDb.AddTo(command);
        command.SetAction(parse =>
        {
            var clock = Stopwatch.StartNew();
            return VerbAction.Run("features", () =>
            {
                var options = duckDb.Read(parse);
                var target = output.Value(parse, "features")!;
                if (FeatureFilePlace.Refusal(parse.GetValue(source)!, target, options.DatabaseFileOrNull) is { } refusal)
                    throw new ArgumentException(refusal);
                var result = FeatureFile.Write(parse.GetValue(source)!, parse.GetValue(outcome)!, target,
                    progress: new SynchronousProgress(step => Console.Error.WriteLine($"features: {step}")), duckDb: options);
                Console.WriteLine($"{result.Report}");
                Console.WriteLine($"{result.Sessions:N0} sessions' features ({parse.GetValue(outcome)}, computed in {result.Engine}) -> {result.Path}");
                Console.Error.WriteLine($"features: {clock.Elapsed.TotalSeconds:F1} s");
                return ExitCodes.Ok;
            }, explain: e => DuckDbCliOptions.Explain("features", parse.GetValue(source)!, e));
        });
        return command;
    }
}
