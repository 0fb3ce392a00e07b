using System.Security.Cryptography;
using BlindSpot.Logs;
using BlindSpot.Simulation.Export;

namespace BlindSpot.Tests.Cli;

/// <summary>
/// <c>blindspot import</c> as a user runs it on an export with files it cannot read: the others are imported, the
/// command exits 2, the set-aside files go with their reason to the quarantine beside the output's folder (never inside
/// it), nothing prints a stack trace, and the export is as it was.
/// </summary>
public class ImportVerbTests
{
    [Fact]
    public void Files_that_cannot_be_read_are_set_aside_with_exit_2_and_the_rest_imported()
    {
        using var folder = new TempFolder();
        WebchatFixture.Write(new WebchatFixtureOptions { Conversations = 60, Seed = 2 }, folder.File("fx"));
        File.WriteAllBytes(folder.File("fx/export/empty--WEBCHAT.csv"), []);
        File.WriteAllBytes(folder.File("fx/export/bad--WEBCHAT.csv"), [.. "Sender type,Sender name,Time in GMT,Message,Data\nweb,A,2024-03-01T10:00:00Z,caf"u8, 0xE9, .. "\n"u8]);
        var before = Directory.GetFiles(folder.File("fx/export")).ToDictionary(f => f, f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

        var result = CliProcess.Run(folder.Path, "import", "fx/export", "--mapping", "fx/mapping.json", "--out", "log/turns.parquet", "--key", "keys/k");

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("   at ", result.Out + result.Error);
        Assert.Contains("62 conversations read, 2 set aside", result.Out);
        Assert.Contains("set aside: 1 conversation(s) with an empty file (0 bytes)", result.Out);
        Assert.Contains("set aside: 1 conversation(s) with could not be read as CSV", result.Out);
        var rejected = File.ReadAllText(folder.File($"log-quarantine/{ExportImporter.RejectedFileName}"));
        Assert.Contains("empty--WEBCHAT.csv", rejected);
        Assert.Contains("bad--WEBCHAT.csv", rejected);
        Assert.False(Directory.Exists(folder.File("log/quarantine")));
        Assert.True(File.Exists(folder.File("log/turns.parquet")));
        Assert.Contains("created the pseudonym key", result.Error);
        Assert.All(before, f => Assert.Equal(f.Value, Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f.Key)))));
    }
}
