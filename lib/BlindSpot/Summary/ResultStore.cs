using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BlindSpot.Summary;

/// <summary>
/// Key figures a notebook hands to the summary notebook: <c>data/results/NAME.json</c>, one number per key.
/// Written with sorted keys and round-trip number formatting, so an unchanged run writes the same bytes.
/// </summary>
public sealed class ResultStore(string folder)
{
    public string Folder { get; } = folder;

    public string PathOf(string notebook) => System.IO.Path.Combine(Folder, notebook + ".json");

    public string Save(string notebook, IReadOnlyDictionary<string, double> figures)
    {
        Directory.CreateDirectory(Folder);
        var json = new JsonObject();
        foreach (var (key, value) in figures.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (!double.IsFinite(value)) throw new ArgumentException($"Figure '{key}' of {notebook} is not a finite number ({value}).");
            json[key] = JsonValue.Create(value);
        }
        var path = PathOf(notebook);
        File.WriteAllText(path + ".partial", json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        File.Move(path + ".partial", path, overwrite: true);
        return path;
    }

    /// <summary>The figures a notebook saved, or null when it has not run here yet.</summary>
    public IReadOnlyDictionary<string, double>? Load(string notebook)
    {
        var path = PathOf(notebook);
        if (!File.Exists(path)) return null;
        var json = JsonNode.Parse(File.ReadAllText(path))?.AsObject() ?? throw new InvalidDataException($"{path} is not a JSON object.");
        return json.ToDictionary(kv => kv.Key, kv => kv.Value!.GetValue<double>());
    }

    public IReadOnlyDictionary<string, double> Require(string notebook) =>
        Load(notebook) ?? throw new FileNotFoundException(
            $"{PathOf(notebook)} is missing: run notebooks/{notebook}.ipynb first (blindspot reproduce runs them all in order).");

    internal static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
