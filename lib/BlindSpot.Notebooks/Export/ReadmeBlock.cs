using System.Text.Json.Nodes;
using BlindSpot.Notebooks.Ipynb;

namespace BlindSpot.Notebooks.Export;

/// <summary>
/// Keeps a block of README.md equal to a notebook cell's plain-text output, between
/// <c>&lt;!-- NAME:begin --&gt;</c> and <c>&lt;!-- NAME:end --&gt;</c>, so the README's numbers are the notebooks' numbers.
/// </summary>
public static class ReadmeBlock
{
    public static string Begin(string name) => $"<!-- {name}:begin -->";
    public static string End(string name) => $"<!-- {name}:end -->";

    /// <summary>The text/plain of the cell's result (execute_result or display_data).</summary>
    public static string CellText(Notebook notebook, string cellId)
    {
        var cell = notebook.Cells.FirstOrDefault(c => c.Id == cellId) ?? throw new ArgumentException($"No cell with id '{cellId}'.");
        foreach (var output in cell.Outputs.OfType<JsonObject>())
        {
            var text = output["data"]?["text/plain"];
            if (text is JsonArray lines) return string.Concat(lines.Select(l => l!.GetValue<string>()));
            if (text is not null) return text.GetValue<string>();
        }
        throw new ArgumentException($"Cell '{cellId}' has no text output: execute the notebook first.");
    }

    /// <summary>What README.md holds between the markers.</summary>
    public static string Current(string readme, string name)
    {
        var (start, end) = Bounds(readme, name);
        return readme[start..end].Trim('\n');
    }

    public static string Replace(string readme, string name, string content)
    {
        var (start, end) = Bounds(readme, name);
        return readme[..start] + "\n" + content.Trim('\n') + "\n" + readme[end..];
    }

    private static (int Start, int End) Bounds(string readme, string name)
    {
        var begin = readme.IndexOf(Begin(name), StringComparison.Ordinal);
        var end = readme.IndexOf(End(name), StringComparison.Ordinal);
        if (begin < 0 || end < begin) throw new ArgumentException($"README has no {Begin(name)} … {End(name)} block.");
        return (begin + Begin(name).Length, end);
    }
}
