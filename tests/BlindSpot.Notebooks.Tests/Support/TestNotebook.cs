using System.Text.Json.Nodes;
using BlindSpot.Notebooks.Execution;
using BlindSpot.Notebooks.Ipynb;

namespace BlindSpot.Notebooks.Tests.Support;

/// <summary>Builds small notebooks with the metadata Polyglot Notebooks writes, and runs them.</summary>
public static class TestNotebook
{
    /// <summary>
    /// A first cell that references the built library and the packages its display needs by path (no restore),
    /// and registers the library's formatters, as every repository notebook's first cell does.
    /// </summary>
    public static string LibrarySetup =>
        string.Concat(new[] { typeof(BlindSpot.Display.NotebookDisplay), typeof(Microsoft.Data.Analysis.DataFrame), typeof(XPlot.Plotly.Chart) }
            .Select(t => $"#r \"{t.Assembly.Location}\"\n")) +
        "BlindSpot.Display.NotebookDisplay.Register();";

    public static (string Type, string Source, string[] Tags) Code(string source, params string[] tags) => ("code", source, tags);

    public static (string Type, string Source, string[] Tags) Markdown(string source) => ("markdown", source, []);

    public static Notebook Create(params (string Type, string Source, string[] Tags)[] cells)
    {
        var array = new JsonArray();
        var n = 0;
        foreach (var (type, source, tags) in cells)
        {
            var metadata = new JsonObject();
            if (type == "code")
            {
                metadata["dotnet_interactive"] = new JsonObject { ["language"] = "csharp" };
                metadata["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" };
            }
            if (tags.Length > 0) metadata["tags"] = new JsonArray([.. tags.Select(t => (JsonNode)t)]);
            var cell = new JsonObject
            {
                ["cell_type"] = type,
                ["id"] = $"cell-{n++}",
                ["metadata"] = metadata,
                ["source"] = MultilineText.Split(source),
            };
            if (type == "code")
            {
                cell["execution_count"] = null;
                cell["outputs"] = new JsonArray();
            }
            array.Add(cell);
        }
        return new Notebook(new JsonObject
        {
            ["cells"] = array,
            ["metadata"] = new JsonObject
            {
                ["kernelspec"] = new JsonObject { ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = ".net-csharp" },
                ["language_info"] = new JsonObject
                {
                    ["file_extension"] = ".cs", ["mimetype"] = "text/x-csharp", ["name"] = "C#", ["pygments_lexer"] = "csharp",
                },
                ["polyglot_notebook"] = new JsonObject { ["kernelInfo"] = new JsonObject { ["defaultKernelName"] = "csharp" } },
            },
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        });
    }

    /// <summary>Writes the notebook into <paramref name="dir"/> and returns its path.</summary>
    public static string Save(Notebook notebook, TempDir dir, string name = "test.ipynb")
    {
        var path = dir.File(name);
        NotebookFile.Write(notebook, path);
        return path;
    }

    /// <summary>Runs code cells in a temporary folder and returns the executed notebook.</summary>
    public static async Task<(Notebook Notebook, NotebookRunResult Result)> RunAsync(
        NotebookRunOptions? options, params (string Type, string Source, string[] Tags)[] cells)
    {
        using var dir = new TempDir();
        var notebook = Create(cells);
        var result = await NotebookRunner.RunAsync(notebook, dir.File("test.ipynb"), options ?? new NotebookRunOptions());
        return (notebook, result);
    }

    public static Task<(Notebook Notebook, NotebookRunResult Result)> RunCodeAsync(params string[] codeCells) =>
        RunAsync(null, [.. codeCells.Select(c => Code(c))]);

    public static IReadOnlyList<JsonObject> OutputsOf(Notebook notebook, int cellIndex) =>
        [.. notebook.Cells[cellIndex].Outputs.OfType<JsonObject>()];

    public static string Type(JsonObject output) => output["output_type"]!.GetValue<string>();

    public static string Text(JsonObject output, string mime = "text/plain") =>
        Type(output) == "stream" ? MultilineText.Join(output["text"]) : MultilineText.Join(output["data"]?[mime]);

    /// <summary>
    /// What a reader sees of a value: its text/plain form, or the text the kernel's default HTML formatter puts in
    /// its <c>&lt;pre&gt;</c> (numbers, booleans), unescaped.
    /// </summary>
    public static string Shown(JsonObject output)
    {
        if (output["data"]?["text/plain"] is { } plain) return MultilineText.Join(plain);
        var html = Text(output, "text/html");
        var m = System.Text.RegularExpressions.Regex.Match(html, "<pre>(.*?)</pre>", System.Text.RegularExpressions.RegexOptions.Singleline);
        return System.Net.WebUtility.HtmlDecode(m.Success ? m.Groups[1].Value : html);
    }

    public static int? Count(Notebook notebook, int cellIndex) =>
        notebook.Cells[cellIndex].Json["execution_count"]?.GetValue<int>();
}
