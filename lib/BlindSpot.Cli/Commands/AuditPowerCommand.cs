using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using BlindSpot.Simulation;
using BlindSpot.Studies;

namespace BlindSpot.Cli.Commands;

/// <summary>
/// <c>blindspot audit-power [--seeds 100] [--sessions 1250]</c>: the audit's false-flag rate and power over many seeds
/// (<see cref="AuditPower"/>). Null: every plant off and the intents alike; power: the default simulator (every plant
/// on, calibrated intents). Prints the share of tests flagged under the null, the share of null seeds with any flag,
/// and the share of seeds where the hidden intent is flagged higher with the plant on (and with it off).
/// </summary>
public static class AuditPowerCommand
{
    public static Command Create()
    {
        var seeds = new Option<int>("--seeds") { Description = "Number of simulator seeds.", DefaultValueFactory = _ => 100 };
        var firstSeed = new Option<int>("--first-seed") { Description = "The first seed; the others follow it.", DefaultValueFactory = _ => 6000 };
        var sessions = new Option<int>("--sessions") { Description = "Conversations per seed.", DefaultValueFactory = _ => SimulationOptions.DefaultSessions };
        var command = new Command("audit-power", "How often the bias audit flags by chance (every plant off) and how often it finds the hidden failures (plant on).")
        {
            seeds, firstSeed, sessions,
        };
        command.SetAction(parse =>
        {
            var list = Enumerable.Range(parse.GetValue(firstSeed), parse.GetValue(seeds)).ToList();
            var n = parse.GetValue(sessions);
            var clock = Stopwatch.StartNew();
            var nulls = AuditPower.Run(list, n, PlantedEffects.None, equalScope: true);
            var on = AuditPower.Run(list, n, new PlantedEffects(), equalScope: false);
            var off = AuditPower.Run(list, n, new PlantedEffects { HiddenFailures = false }, equalScope: false);
            var (tests, flags) = (nulls.Sum(s => s.Tests), nulls.Sum(s => s.Flags));
            var hidden = new PlantedEffects().HiddenFailureIntent;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"null (every plant off, intents alike): {flags} of {tests} tests flagged ({100.0 * flags / tests:0.0} %); {nulls.Count(s => s.Flags > 0)} of {nulls.Count} seeds with any flag"));
            Console.WriteLine($"power (every plant on): {hidden} flagged higher in {on.Count(s => s.HiddenFlaggedHigher)} of {on.Count} seeds");
            Console.WriteLine($"hidden-failure plant off (the rest on): {hidden} flagged higher in {off.Count(s => s.HiddenFlaggedHigher)} of {off.Count} seeds");
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"audit-power: {clock.Elapsed.TotalSeconds:F0} s for 3 × {list.Count} seeds × {n:N0} sessions on {Environment.ProcessorCount} core(s)"));
            return ExitCodes.Ok;
        });
        return command;
    }
}
