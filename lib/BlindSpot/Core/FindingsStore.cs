using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json;

namespace BlindSpot.Core;

/// <summary>
/// Saves and loads the stages' findings as <c>FOLDER/STAGE.json</c>:
/// <c>{"schema_version": N, "stage": "…", "findings": {…}}</c> with snake_case names in declaration order and
/// round-trip numbers, so an unchanged run writes the same bytes. A file of another schema version, or one that is
/// missing, is an error that says which notebook to run.
/// </summary>
public sealed class FindingsStore(string folder)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        // A figure that is undefined on some data (an AUC without positives) is written as "NaN", not refused.
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public string Folder { get; } = folder;

    public string PathOf<T>() where T : IFindings => Path.Combine(Folder, T.Stage + ".json");

    public string Save<T>(T findings) where T : IFindings
    {
        Directory.CreateDirectory(Folder);
        var document = new JsonObject
        {
            ["schema_version"] = T.SchemaVersion,
            ["stage"] = T.Stage,
            ["findings"] = JsonSerializer.SerializeToNode(findings, Json),
        };
        var path = PathOf<T>();
        File.WriteAllText(path + ".partial", document.ToJsonString(Json) + "\n");
        File.Move(path + ".partial", path, overwrite: true);
        return path;
    }

    /// <summary>The findings the stage saved, or null when its notebook has not run here yet.</summary>
    public T? Load<T>() where T : class, IFindings
    {
        var path = PathOf<T>();
        if (!File.Exists(path)) return null;
        var document = JsonNode.Parse(File.ReadAllText(path)) as JsonObject
            ?? throw new InvalidDataException($"{path} is not a JSON object.");
        var version = document["schema_version"]?.GetValue<int>();
        if (version != T.SchemaVersion)
            throw new InvalidDataException(
                $"{path} has schema version {version?.ToString() ?? "none"}, this library reads {T.SchemaVersion}: run notebooks/{T.Stage}.ipynb again.");
        return document["findings"].Deserialize<T>(Json)
            ?? throw new InvalidDataException($"{path} holds no findings.");
    }

    public T Require<T>() where T : class, IFindings =>
        Load<T>() ?? throw new FileNotFoundException(
            $"{PathOf<T>()} is missing: run notebooks/{T.Stage}.ipynb first (blindspot reproduce runs them all in order).");
}
