using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using BlindSpot.Simulation.Export;

namespace BlindSpot.Cli.Commands;

/// <summary>
/// <c>blindspot export-fixture OUT</c>: a synthetic chat-platform export (one CSV per conversation, its mapping and
/// what was planted in it), to test the import on something with every trait of a real export and nobody's data.
/// </summary>
public static class ExportFixtureCommand
{
    public static Command Create()
    {
        var output = new Argument<string>("out") { Description = "A new or empty folder for export/, mapping.json and truth.json." };
        var conversations = new Option<int>("--conversations") { Description = "Number of conversation files.", DefaultValueFactory = _ => WebchatFixtureOptions.DefaultConversations };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed and options give byte-identical files.", DefaultValueFactory = _ => WebchatFixtureOptions.DefaultSeed };
        var command = new Command("export-fixture", "Write a synthetic webchat export (with its import mapping and its truth) for testing the import.") { output, conversations, seed };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(output)!;
            var clock = Stopwatch.StartNew();
            return VerbAction.Run("export-fixture", () =>
            {
                var options = new WebchatFixtureOptions { Conversations = parse.GetValue(conversations), Seed = parse.GetValue(seed) };
                var totals = WebchatFixture.Write(options, folder).Totals;
                var files = Directory.EnumerateFiles(Path.Combine(folder, WebchatFixture.ExportFolder)).Count();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"export-fixture: {totals.Conversations:N0} conversations, {files:N0} files, {totals.Visits:N0} visits, {totals.EngagedVisits:N0} engaged visits, " +
                    $"{totals.Ratings:N0} ratings in {clock.Elapsed.TotalSeconds:F1} s -> {Path.GetFullPath(folder)}"));
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
