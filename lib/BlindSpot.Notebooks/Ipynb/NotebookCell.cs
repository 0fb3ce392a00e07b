using System.Text.Json.Nodes;

namespace BlindSpot.Notebooks.Ipynb;

/// <summary>A typed view over one cell's JSON object; writes go straight to the JSON.</summary>
public sealed class NotebookCell(JsonObject json)
{
    public JsonObject Json { get; } = json;

    public string CellType => Json["cell_type"]?.GetValue<string>() ?? "";

    public bool IsCode => CellType == "code";

    public bool IsMarkdown => CellType == "markdown";

    public string? Id => Json["id"]?.GetValue<string>();

    public string Source
    {
        get => MultilineText.Join(Json["source"]);
        set => Json["source"] = MultilineText.Split(value);
    }

    public JsonObject Metadata => Json["metadata"] as JsonObject ?? (JsonObject)(Json["metadata"] = new JsonObject());

    public IReadOnlyList<string> Tags =>
        (Metadata["tags"] as JsonArray)?.Select(t => t?.GetValue<string>() ?? "").ToList() ?? [];

    public bool HasTag(string tag) => Tags.Contains(tag);

    /// <summary>Clears outputs and execution count (code cells only) and drops recorded timings.</summary>
    public void ResetExecution()
    {
        if (!IsCode) return;
        Json["outputs"] = new JsonArray();
        Json["execution_count"] = null;
        Metadata.Remove("execution");
    }

    public void SetExecuted(int executionCount, JsonArray outputs)
    {
        Json["execution_count"] = executionCount;
        Json["outputs"] = outputs;
        Metadata.Remove("execution");
    }

    public JsonArray Outputs => Json["outputs"] as JsonArray ?? [];

    public static NotebookCell NewCode(string id, string source, IEnumerable<string> tags, JsonObject? metadataTemplate)
    {
        var metadata = metadataTemplate?.DeepClone() as JsonObject ?? new JsonObject();
        metadata.Remove("tags");
        metadata.Remove("execution");
        var tagArray = new JsonArray();
        foreach (var t in tags) tagArray.Add(t);
        metadata["tags"] = tagArray;
        return new NotebookCell(new JsonObject
        {
            ["cell_type"] = "code",
            ["execution_count"] = null,
            ["id"] = id,
            ["metadata"] = metadata,
            ["outputs"] = new JsonArray(),
            ["source"] = MultilineText.Split(source),
        });
    }
}
