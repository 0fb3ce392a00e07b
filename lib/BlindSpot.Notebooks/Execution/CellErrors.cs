using System.Text.Json.Nodes;
using BlindSpot.Notebooks.Ipynb;

namespace BlindSpot.Notebooks.Execution;

/// <summary>The first lines of a failed cell's error outputs: a compiler diagnostic or an exception's message.</summary>
public static class CellErrors
{
    public const int DefaultLines = 3;

    public static IReadOnlyList<string> FirstLines(IEnumerable<JsonObject> outputs, int lines = DefaultLines)
    {
        var text = new List<string>();
        foreach (var output in outputs.Where(o => o["output_type"]?.GetValue<string>() == "error"))
        {
            var traceback = (output["traceback"] as JsonArray)?.Select(l => l?.GetValue<string>() ?? "").ToList() ?? [];
            var evalue = output["evalue"]?.GetValue<string>() ?? "";
            var ename = output["ename"]?.GetValue<string>() ?? "";
            var body = evalue.Length > 0 ? evalue : string.Join('\n', traceback);
            // An exception is named by its type; a compiler diagnostic names itself.
            var type = ename[(ename.LastIndexOf('.') + 1)..];
            if (type.Length > 0 && type != "CompilationError") body = body.Length > 0 ? $"{type}: {body}" : type;
            text.AddRange(body.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Trim().Length > 0));
        }
        // Should a failed cell have no error output, its stderr says why.
        if (text.Count == 0)
            text.AddRange(outputs.Where(o => o["output_type"]?.GetValue<string>() == "stream" && o["name"]?.GetValue<string>() == "stderr")
                .SelectMany(o => MultilineText.Join(o["text"]).Split('\n')).Where(l => l.Trim().Length > 0));
        return text.Take(lines).ToList();
    }
}
