using System.Text.Json.Nodes;
using BlindSpot.Notebooks.Ipynb;

namespace BlindSpot.Notebooks.Display;

/// <summary>
/// Collects the outputs of the cell that is running: displayed values and console text, in order.
/// Consecutive writes to the same stream form one stream output, as in Jupyter.
/// </summary>
public sealed class DisplaySink(FormatterRegistry formatters, string notebookKey, int cellIndex)
{
    private static readonly AsyncLocal<DisplaySink?> CurrentSink = new();
    private readonly List<(string? Stream, object Content)> _items = [];
    private readonly Lock _lock = new();
    private int _displayCount;

    /// <summary>The sink of the running cell; display calls outside a cell are an error.</summary>
    public static DisplaySink Current =>
        CurrentSink.Value ?? throw new InvalidOperationException("display() is only available while a notebook cell runs");

    internal static DisplaySink? CurrentOrNull => CurrentSink.Value;

    internal static IDisposable Enter(DisplaySink sink)
    {
        var previous = CurrentSink.Value;
        CurrentSink.Value = sink;
        return new Restore(() => CurrentSink.Value = previous);
    }

    public void Display(object? value)
    {
        MimeBundle bundle;
        lock (_lock)
        {
            bundle = formatters.Format(value, new DisplayContext(notebookKey, cellIndex, _displayCount++));
            _items.Add((null, Outputs.DisplayData(bundle)));
        }
    }

    /// <summary>The cell's trailing expression, as an execute_result.</summary>
    public void AddResult(object value, int executionCount)
    {
        lock (_lock)
        {
            var bundle = formatters.Format(value, new DisplayContext(notebookKey, cellIndex, _displayCount++));
            _items.Add((null, Outputs.ExecuteResult(bundle, executionCount)));
        }
    }

    public void Write(string stream, string text)
    {
        if (text.Length == 0) return;
        lock (_lock)
        {
            if (_items.Count > 0 && _items[^1].Stream == stream)
                ((System.Text.StringBuilder)_items[^1].Content).Append(text);
            else
                _items.Add((stream, new System.Text.StringBuilder(text)));
        }
    }

    public void Add(JsonObject output)
    {
        lock (_lock) _items.Add((null, output));
    }

    public JsonArray ToOutputs()
    {
        lock (_lock)
        {
            var array = new JsonArray();
            foreach (var (stream, content) in _items)
                array.Add(stream is null
                    ? ((JsonObject)content).DeepClone()
                    : Outputs.Stream(stream, MultilineText.NormalizeNewlines(content.ToString()!)));
            return array;
        }
    }

    private sealed class Restore(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}
