using System.Security.Cryptography;
using BlindSpot.Logs;
using BlindSpot.Simulation.Export;
using BlindSpot.Tests.Logs;

namespace BlindSpot.Tests.Cli;

/// <summary>
/// A quarantine never replaces a file: not the very file being validated, not an earlier run's report. Each verb
/// refuses before it reads anything, with exit 1 and the file named, and every file is as it was.
/// </summary>
public class NothingWrittenOverTests
{
    private static Dictionary<string, string> Hashes(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => f, f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    [Fact]
    public void Validate_refuses_a_quarantine_folder_that_holds_the_log_it_validates()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("q"));
        TurnLogFixture.Write(folder.File("q/rejected.csv"), TurnLogFixture.With(r => [.. r, "A,9,2026-01-01 10:09:00,bot,,gap,,false,"]));
        var before = Hashes(folder.Path);

        var result = CliProcess.Run(folder.Path, "validate", "q/rejected.csv", "--quarantine", "q");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("rejected.csv exists: give the quarantine a new or empty folder (nothing is written over)", result.Error);
        Assert.Equal(before, Hashes(folder.Path));
    }

    [Fact]
    public void Import_refuses_to_replace_an_earlier_runs_rejected_conversations()
    {
        using var folder = new TempFolder();
        WebchatFixture.Write(new WebchatFixtureOptions { Conversations = 20, Seed = 4 }, folder.File("fx"));
        Directory.CreateDirectory(folder.File("q"));
        File.WriteAllText(folder.File($"q/{ExportImporter.RejectedFileName}"), "an earlier run's report\n");
        var before = Hashes(folder.Path);

        var result = CliProcess.Run(folder.Path, "import", "fx/export", "--mapping", "fx/mapping.json", "--out", "log/turns.parquet", "--quarantine", "q", "--keep-ids");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{ExportImporter.RejectedFileName} exists: give the quarantine a new or empty folder", result.Error);
        Assert.Equal(before, Hashes(folder.Path));
        Assert.False(Directory.Exists(folder.File("log")));
    }
}
