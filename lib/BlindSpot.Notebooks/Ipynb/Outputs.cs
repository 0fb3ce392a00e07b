using System.Text.Json.Nodes;

namespace BlindSpot.Notebooks.Ipynb;

/// <summary>Builds output objects in the nbformat 4.5 shapes.</summary>
public static class Outputs
{
    public static JsonObject Stream(string name, string text) => new()
    {
        ["name"] = name,
        ["output_type"] = "stream",
        ["text"] = MultilineText.Split(text),
    };

    public static JsonObject DisplayData(MimeBundle bundle) => new()
    {
        ["data"] = bundle.ToJson(),
        ["metadata"] = new JsonObject(),
        ["output_type"] = "display_data",
    };

    public static JsonObject ExecuteResult(MimeBundle bundle, int executionCount) => new()
    {
        ["data"] = bundle.ToJson(),
        ["execution_count"] = executionCount,
        ["metadata"] = new JsonObject(),
        ["output_type"] = "execute_result",
    };

    public static JsonObject Error(string ename, string evalue, IEnumerable<string> traceback)
    {
        var tb = new JsonArray();
        foreach (var line in traceback) tb.Add(line);
        return new JsonObject
        {
            ["ename"] = ename,
            ["evalue"] = evalue,
            ["output_type"] = "error",
            ["traceback"] = tb,
        };
    }
}
