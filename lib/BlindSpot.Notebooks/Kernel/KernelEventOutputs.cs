using System.Text;
using System.Text.Json.Nodes;
using BlindSpot.Notebooks.Ipynb;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace BlindSpot.Notebooks.Kernel;

/// <summary>
/// Turns a submission's kernel events into nbformat outputs the way the .NET Interactive Jupyter kernel does:
/// console text as streams (consecutive writes joined), displayed values as display_data (an update replaces
/// the value it updates, so a progress display keeps its final state), the trailing expression as
/// execute_result, diagnostics on stderr, and a failure as one error output.
/// </summary>
internal sealed class KernelEventOutputs
{
    private readonly List<(string? Stream, object Content, string? ValueId)> _items = [];

    public static CellExecution From(IEnumerable<KernelEvent> events, int executionCount)
    {
        var outputs = new KernelEventOutputs();
        var failed = false;
        foreach (var e in events)
        {
            switch (e)
            {
                case StandardOutputValueProduced stdout: outputs.Write("stdout", Plain(stdout)); break;
                case StandardErrorValueProduced stderr: outputs.Write("stderr", Plain(stderr)); break;
                case ErrorProduced error: outputs.Write("stderr", Plain(error)); break;
                case DiagnosticsProduced diagnostics: outputs.Write("stderr", Diagnostics(diagnostics)); break;
                case DisplayedValueUpdated updated: outputs.Update(updated); break;
                case DisplayedValueProduced displayed: outputs.Add(Outputs.DisplayData(Bundle(displayed)), displayed.ValueId); break;
                case ReturnValueProduced { Value: not DisplayedValue } result:
                    outputs.Add(Outputs.ExecuteResult(Bundle(result), executionCount), null);
                    break;
                case CommandFailed failure:
                    outputs.Add(KernelErrors.ToOutput(failure), null);
                    failed = true;
                    break;
            }
        }
        return new CellExecution(outputs.ToList(), failed);
    }

    /// <summary>
    /// The submission's diagnostics as the Jupyter kernel prints them, less CS1702: it says the runner process binds
    /// a newer patch of one of the kernel's own dependencies than the kernel was built against, which is about
    /// this host, not about the cell (the dotnet-interactive tool never shows it).
    /// </summary>
    private static string Diagnostics(DiagnosticsProduced diagnostics)
    {
        var shown = diagnostics.Diagnostics.Zip(diagnostics.FormattedDiagnostics)
            .Where(d => d.First.Code != HostBindingWarning)
            .Select(d => d.Second.Value)
            .ToList();
        return shown.Count == 0 ? "" : string.Join("\n", shown) + "\n";
    }

    private const string HostBindingWarning = "CS1702";

    private static string Plain(DisplayEvent e) =>
        e.FormattedValues.FirstOrDefault(v => v.MimeType == PlainTextFormatter.MimeType)?.Value ?? e.Value?.ToString() ?? "";

    private static MimeBundle Bundle(DisplayEvent e)
    {
        var bundle = new MimeBundle();
        foreach (var value in e.FormattedValues) bundle.Add(value.MimeType, value.Value);
        return bundle;
    }

    private void Write(string stream, string text)
    {
        if (text.Length == 0) return;
        if (_items.Count > 0 && _items[^1].Stream == stream) ((StringBuilder)_items[^1].Content).Append(text);
        else _items.Add((stream, new StringBuilder(text), null));
    }

    private void Add(JsonObject output, string? valueId) => _items.Add((null, output, valueId));

    private void Update(DisplayedValueUpdated updated)
    {
        var index = _items.FindIndex(i => i.ValueId is not null && i.ValueId == updated.ValueId);
        var output = Outputs.DisplayData(Bundle(updated));
        if (index >= 0) _items[index] = (null, output, updated.ValueId);
        else Add(output, updated.ValueId);
    }

    private List<JsonObject> ToList() =>
        [.. _items.Select(i => i.Stream is null
            ? (JsonObject)i.Content
            : Outputs.Stream(i.Stream, MultilineText.NormalizeNewlines(i.Content.ToString()!)))];
}
