using BlindSpot.Notebooks.Ipynb;

namespace BlindSpot.Notebooks.Parameters;

/// <summary>
/// Papermill's convention: overrides go into a cell tagged <c>injected-parameters</c> right after the
/// cell tagged <c>parameters</c>, replacing an earlier injected cell.
/// </summary>
public static class ParameterInjector
{
    public const string ParametersTag = "parameters";
    public const string InjectedTag = "injected-parameters";

    /// <summary>The names the notebook's parameters cell declares (none when it has no such cell).</summary>
    public static IReadOnlyList<string> Declared(Notebook notebook) =>
        notebook.Cells.FirstOrDefault(c => c.IsCode && c.HasTag(ParametersTag)) is { } cell
            ? [.. ParameterCell.Parse(cell.Source).Select(p => p.Name)]
            : [];

    public static void Inject(Notebook notebook, IReadOnlyList<KeyValuePair<string, string>> overrides)
    {
        if (overrides.Count == 0) return;
        var cells = notebook.Cells;
        var index = cells.ToList().FindIndex(c => c.IsCode && c.HasTag(ParametersTag));
        if (index < 0)
            throw new ParameterException($"the notebook has no code cell tagged '{ParametersTag}', so '{overrides[0].Key}' cannot be set");

        var defaults = ParameterCell.Parse(cells[index].Source).ToDictionary(p => p.Name);
        var lines = new List<string> { "// Parameters" };
        foreach (var (name, value) in overrides)
        {
            if (!defaults.TryGetValue(name, out var p))
                throw new ParameterException(
                    $"unknown parameter '{name}'; the parameters cell defines: {string.Join(", ", defaults.Keys)}");
            lines.Add($"var {name} = {CSharpLiteral.From(name, p.Kind, value)};");
        }

        if (index + 1 < cells.Count && cells[index + 1].HasTag(InjectedTag)) notebook.RemoveCellAt(index + 1);
        var id = InjectedTag;
        for (var n = 2; notebook.HasCellId(id); n++) id = $"{InjectedTag}-{n}";
        var cell = NotebookCell.NewCode(id, string.Join("\n", lines), [InjectedTag], cells[index].Metadata);
        if (notebook.NbformatMinor < 5) cell.Json.Remove("id");
        notebook.InsertCell(index + 1, cell);
    }
}
