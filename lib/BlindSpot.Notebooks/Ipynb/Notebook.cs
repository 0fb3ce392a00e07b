using System.Text.Json.Nodes;

namespace BlindSpot.Notebooks.Ipynb;

/// <summary>
/// A Jupyter notebook held as its JSON tree, so every field this code does not know survives a
/// read and write unchanged. <see cref="Cells"/> gives typed views over the cell objects.
/// </summary>
public sealed class Notebook
{
    public Notebook(JsonObject root)
    {
        Root = root;
        if (root["cells"] is not JsonArray)
            throw new FormatException("not a notebook: no \"cells\" list");
    }

    public JsonObject Root { get; }

    public JsonArray CellArray => (JsonArray)Root["cells"]!;

    public IReadOnlyList<NotebookCell> Cells =>
        CellArray.Select(c => new NotebookCell(c as JsonObject ?? throw new FormatException("a cell is not an object"))).ToList();

    public JsonObject Metadata => Root["metadata"] as JsonObject ?? (JsonObject)(Root["metadata"] = new JsonObject());

    public int NbformatMinor => Root["nbformat_minor"]?.GetValue<int>() ?? 0;

    public void InsertCell(int index, NotebookCell cell) => CellArray.Insert(index, cell.Json);

    public void RemoveCellAt(int index) => CellArray.RemoveAt(index);

    public bool HasCellId(string id) => Cells.Any(c => c.Id == id);
}
