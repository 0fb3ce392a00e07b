using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BlindSpot.Notebooks.Ipynb;

/// <summary>Reads and writes .ipynb files (canonical nbformat layout, atomic replace).</summary>
public static class NotebookFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static Notebook Parse(string json)
    {
        var node = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 256 })
            ?? throw new FormatException("empty notebook");
        return new Notebook(node as JsonObject ?? throw new FormatException("a notebook is a JSON object"));
    }

    public static Notebook Read(string path) => Parse(File.ReadAllText(path, Encoding.UTF8));

    /// <summary>The file text nbformat would write: canonical JSON and a final newline.</summary>
    public static string Serialize(Notebook notebook) => CanonicalJson.Serialize(notebook.Root) + "\n";

    public static void Write(Notebook notebook, string path) => AtomicFile.WriteAllText(path, Serialize(notebook));
}
