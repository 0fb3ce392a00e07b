using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using BlindSpot.Notebooks;
using BlindSpot.Notebooks.Execution;
using BlindSpot.Summary;

namespace BlindSpot.Cli.Commands;

/// <summary>
/// <c>blindspot sweep [--seeds 20] [--first-seed 5000] [--sessions 1250] [--learners a b] [--planted none|NAME…] [--output data/sweep]</c>: the whole
/// analysis on each of N simulated data sets (seeds first-seed … first-seed + N − 1, by default seeds the calibration never used),
/// one seed per core, writing <c>seeds.csv</c> (seed, figure, value) and <c>summary.csv</c> (mean, SD, 2.5/97.5
/// percentiles per figure), which notebook 07 reads. Progress and the run time go to stderr, the summary to stdout.
/// With <c>--summary</c> it then re-executes notebook 07 in place and rewrites README's generated blocks, so one
/// command refreshes every seed interval after a change to the analysis (the other notebooks' saved findings must be
/// current: run <c>blindspot reproduce</c> first when they are not).
/// </summary>
public static class SweepCommand
{
    public static Command Create()
    {
        var seeds = new Option<int>("--seeds") { Description = "Number of simulator seeds.", DefaultValueFactory = _ => 20 };
        var firstSeed = new Option<int>("--first-seed") { Description = "The first seed; the others follow it.", DefaultValueFactory = _ => SweepOptions.DefaultFirstSeed };
        var sessions = new Option<int>("--sessions") { Description = "Conversations per seed.", DefaultValueFactory = _ => new SweepOptions().Sessions };
        var learners = ListOption.Create("--learners", "Learners, repeated or space-separated (default: every learner the library knows; the first also drives the audit and early warning).");
        var parallel = new Option<int?>("--parallel") { Description = "Seeds run at once (default: one per core)." };
        var output = new OutputOption("Folder for seeds.csv and summary.csv (default: data/sweep at the repository root).", oldNames: "--out");
        var planted = new Option<string[]>("--planted")
        {
            Description = "The planted effects left on: 'none', 'all' (the default) or plant names, repeatable (" +
                          string.Join(", ", BlindSpot.Simulation.PlantedEffects.PlantNames) + "). Not the committed sweep unless all.",
            AllowMultipleArgumentsPerToken = true,
        };
        var summaryToo = new Option<bool>("--summary") { Description = "Then re-execute notebooks/07-summary.ipynb in place and update README.md's generated blocks." };
        var command = new Command("sweep", "Run the analysis over many simulator seeds and write the spread of every figure.")
        {
            seeds, firstSeed, sessions, learners, planted, parallel, summaryToo,
        };
        output.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var count = parse.GetValue(seeds);
            var options = new SweepOptions { Sessions = parse.GetValue(sessions) };
            return await VerbAction.RunAsync("sweep", async () =>
            {
                var given = output.Value(parse, "sweep");
                if (ListOption.Values(parse, learners, "sweep") is { Length: > 0 } names) options = options with { Learners = names };
                options = options with { Effects = BlindSpot.Simulation.PlantedEffects.Only(parse.GetValue(planted) ?? []) };
                if (count < 2) throw new ArgumentException($"A spread needs at least 2 seeds (got {count}).");
                if (options.Effects.Describe() != "all" && parse.GetValue(summaryToo))
                    throw new ArgumentException("--summary refreshes the committed tables, which rest on every plant on: leave --planted out.");
                options.Validate();
                foreach (var name in options.Learners) BlindSpot.Modeling.Learner.ByName(name);
                // A sweep with plants off never lands on the committed data/sweep unless asked to.
                var folder = given ?? (options.Effects.Describe() == "all"
                    ? Path.Combine(RepositoryLayout.FindRoot(Directory.GetCurrentDirectory()) ?? ".", "data", "sweep")
                    : Path.Combine(Path.GetTempPath(), "blindspot-sweep-planted-" + options.Effects.Describe().Replace(',', '+')));
                var clock = Stopwatch.StartNew();
                var cores = parse.GetValue(parallel) ?? Environment.ProcessorCount;
                Console.Error.WriteLine($"sweep: {count} seeds × {options.Sessions:N0} sessions, learners {string.Join(", ", options.Learners)}, planted {options.Effects.Describe()}, {cores} at a time");
                var rows = SeedSweep.Run([.. Enumerable.Range(parse.GetValue(firstSeed), count)], options, cores, new ProgressLine("sweep", count, "seeds"));
                SweepFile.Write(folder, rows);
                var summary = new SweepSummary(rows);
                foreach (var f in summary.Figures)
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{f.Figure,-44} {f.Describe()}"));
                foreach (var rule in SeedRules.All)
                    Console.WriteLine($"rule {rule.Name,-40} {RuleCount(summary.Count(rule))}");
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"sweep: {clock.Elapsed.TotalSeconds:F0} s for {count} seeds on {cores} core(s); wrote {Path.Combine(folder, SweepFile.SeedsName)} and {SweepFile.SummaryName}"));
                return parse.GetValue(summaryToo) ? await RefreshSummaryAsync(ct) : ExitCodes.Ok;
            });
        });
        return command;
    }

    private static string RuleCount((int Holds, int Defined) count) =>
        count.Defined == 0 ? "undefined in every seed"
            : $"holds in {SeedVerdicts.SeedShare(count.Holds, count.Defined)}: {SeedVerdicts.Word(ClaimKind.Planted, count.Holds, count.Defined)}";

    /// <summary>Re-executes the summary notebook in place, then README's blocks from it.</summary>
    private static async Task<int> RefreshSummaryAsync(CancellationToken ct)
    {
        var root = RepositoryLayout.FindRoot(Directory.GetCurrentDirectory());
        if (root is null)
        {
            Console.Error.WriteLine("sweep: --summary needs the repository (no notebooks/ folder found here or above)");
            return ExitCodes.UsageOrIo;
        }
        var notebook = Path.Combine(root, RepositoryLayout.NotebooksFolder, "07-summary.ipynb");
        Console.Error.WriteLine($"sweep: re-executing {notebook}");
        var result = await NotebookRunner.RunFileAsync(notebook, notebook, new NotebookRunOptions(), ct);
        if (result.Failures > 0)
        {
            Console.Error.WriteLine($"sweep: {result.Failures} cell(s) of {Path.GetFileName(notebook)} failed; README left as it was (run blindspot reproduce if the saved findings are stale)");
            return ExitCodes.CellFailed;
        }
        ReadmeCommand.Update(Path.Combine(root, "README.md"));
        return ExitCodes.Ok;
    }
}
