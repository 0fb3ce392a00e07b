namespace BlindSpot.Notebooks.Display;

/// <summary>Where a value is displayed: lets formatters derive stable element ids (never random ones).</summary>
public sealed record DisplayContext(string NotebookKey, int CellIndex, int OutputIndex)
{
    /// <summary>An HTML id unique within a page that shows one or more notebooks, e.g. <c>nb-02-models-c7-o0</c>.</summary>
    public string ElementId(string prefix) => $"{prefix}-{NotebookKey}-c{CellIndex}-o{OutputIndex}";
}
