using System.CommandLine;
using System.Diagnostics;
using BlindSpot.Simulation;

namespace BlindSpot.Cli.Commands;

public static class SimulateCommand
{
    public static Command Create()
    {
        var sessions = new Option<int>("--sessions") { Description = "Number of conversations to simulate.", DefaultValueFactory = _ => SimulationOptions.DefaultSessions };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed and options give byte-identical files.", DefaultValueFactory = _ => SimulationOptions.DefaultSeed };
        var output = new OutputOption("Folder for turns.csv, turns.parquet and simulation_truth.parquet (default: data).", defaultValue: () => "data", oldNames: "--out");
        var noise = new Option<double>("--noise") { Description = "Behavioural noise: chance a failing user ends the session against their profile.", DefaultValueFactory = _ => new SimulationOptions().BehaviouralNoise };
        var noPersister = new Option<bool>("--no-persister-effect") { Description = "Persisters ask for a human at random moments instead of after repeated failures." };
        var noEarlyDrop = new Option<bool>("--no-early-drop") { Description = "Silent abandoners show no early sentiment drop." };
        var noHidden = new Option<bool>("--no-hidden-failures") { Description = "Failures of the hidden-failure intent move sentiment like any other." };
        var intentMix = new Option<string?>("--intent-mix")
        {
            Description = "Relative weight per intent, e.g. billing=0.3,technical_support=0.3,order_status=0.4 (intents left out get no sessions). " +
                          "Default: " + string.Join(",", SimulationOptions.DefaultIntentMix.Select(kv => $"{kv.Key}={kv.Value}")),
        };
        var returns = new Option<bool>("--returns")
        {
            Description = "A share of failed sessions come back within hours (the same conversation or customer); the log gains conversation_id and customer_id. " +
                          "Off by default: the default data set has no returns.",
        };
        var hiddenIntent = new Option<string>("--hidden-intent") { Description = "The intent whose failures are harder to see.", DefaultValueFactory = _ => new PlantedEffects().HiddenFailureIntent };

        var command = new Command("simulate", "Simulate conversations and write the turn log and the latent truth.")
        {
            sessions, seed, noise, intentMix, noPersister, noEarlyDrop, noHidden, hiddenIntent, returns,
        };
        output.AddTo(command);
        command.SetAction(parse =>
        {
            var options = new SimulationOptions
            {
                Sessions = parse.GetValue(sessions),
                Seed = parse.GetValue(seed),
                BehaviouralNoise = parse.GetValue(noise),
                Effects = new PlantedEffects
                {
                    PersistersEscalateAfterFailures = !parse.GetValue(noPersister),
                    EarlySentimentDrop = !parse.GetValue(noEarlyDrop),
                    HiddenFailures = !parse.GetValue(noHidden),
                    HiddenFailureIntent = parse.GetValue(hiddenIntent)!,
                },
                Returns = parse.GetValue(returns) ? ReturnOptions.On : new ReturnOptions(),
            };
            return VerbAction.Run("simulate", () =>
            {
                var folder = output.Value(parse, "simulate")!;
                if (parse.GetValue(intentMix) is { } mix) options = options with { IntentMix = ParseIntentMix(mix) };
                options.Validate();
                var clock = Stopwatch.StartNew();
                // InvalidOperationException: the folder holds a log the simulator did not write, which it never replaces.
                var dataset = DatasetWriter.Write(options, folder, new ProgressLine("simulate", options.Sessions, "sessions"));
                Console.WriteLine($"Wrote {dataset.Sessions:N0} sessions, {dataset.Turns:N0} turns:");
                Console.WriteLine($"  {dataset.TurnsCsv}\n  {dataset.TurnsParquet}\n  {dataset.TruthParquet}");
                Console.Error.WriteLine($"simulate: {clock.Elapsed.TotalSeconds:F1} s, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MiB");
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    /// <summary>"billing=0.3,technical_support=0.2" → weights; the names are checked by <see cref="SimulationOptions.Validate"/>.</summary>
    public static IReadOnlyDictionary<string, double> ParseIntentMix(string text)
    {
        var mix = new Dictionary<string, double>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var pieces = part.Split('=', StringSplitOptions.TrimEntries);
            if (pieces.Length != 2 || !double.TryParse(pieces[1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var weight))
                throw new FormatException($"--intent-mix: '{part}' is not intent=weight");
            mix[pieces[0]] = weight;
        }
        return mix;
    }
}
