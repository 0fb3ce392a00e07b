using System.Security.Cryptography;
using System.Text.Json;

namespace BlindSpot.Cli.Commands;

/// <summary>A notebook of a run: the hash of the notebook it ran, and whether it finished without a failing cell.</summary>
internal sealed record ManifestNotebook(string Name, string Source, bool Finished);

/// <summary>
/// What a <c>reproduce</c> run into a folder of its own has finished, and from what (the log's fingerprint, the library
/// build, the parameters, each notebook's hash): what lets <c>--resume</c> start a killed run where it stopped, and keep
/// only what was made from the same inputs. Written beside the executed notebooks after each one.
/// </summary>
internal sealed record RunManifest(string Log, string Library, IReadOnlyList<string> Parameters, IReadOnlyList<ManifestNotebook> Notebooks)
{
    public const string FileName = "reproduce.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static RunManifest? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return null;
        try
        {
            return JsonSerializer.Deserialize<RunManifest>(File.ReadAllText(path), Json);
        }
        catch (JsonException)
        {
            return null; // a manifest cut short by the kill: nothing is kept
        }
    }

    public void Write(string folder)
    {
        var path = Path.Combine(folder, FileName);
        File.WriteAllText(path + ".partial", JsonSerializer.Serialize(this, Json));
        File.Move(path + ".partial", path, overwrite: true);
    }

    public static string HashOf(string file) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)))[..16];

    /// <summary>Whether <paramref name="earlier"/> was made from the same log, library and parameters.</summary>
    public bool SameInputs(RunManifest? earlier) =>
        earlier is not null && earlier.Log == Log && earlier.Library == Library && earlier.Parameters.SequenceEqual(Parameters);

    /// <summary>
    /// Taking up <paramref name="earlier"/>: the notebooks at the start of <paramref name="files"/> it finished from the
    /// same notebook and inputs, whose executed copy is in <paramref name="folder"/>, are kept (this manifest records them
    /// as finished); the run resumes after them.
    /// </summary>
    public (RunManifest Manifest, int Kept) Resuming(RunManifest? earlier, IReadOnlyList<string> files, string folder)
    {
        if (!SameInputs(earlier)) return (this, 0);
        var kept = new List<ManifestNotebook>();
        foreach (var file in files)
        {
            var done = earlier!.Notebooks.FirstOrDefault(n => n.Name == Path.GetFileName(file));
            if (done is not { Finished: true } || done.Source != HashOf(file) || !File.Exists(Path.Combine(folder, done.Name))) break;
            kept.Add(done);
        }
        return (this with { Notebooks = kept }, kept.Count);
    }

    public RunManifest With(string file, bool finished) => this with
    {
        Notebooks = [.. Notebooks.Where(n => n.Name != Path.GetFileName(file)), new ManifestNotebook(Path.GetFileName(file), HashOf(file), finished)],
    };
}
