using BlindSpot.Notebooks.Ipynb;

namespace BlindSpot.Notebooks.Display;

/// <summary>
/// Ordered formatters: the first that accepts a value formats it; plain text is the fallback.
/// <see cref="Register"/> puts a formatter ahead of the built-in ones.
/// </summary>
public sealed class FormatterRegistry
{
    private readonly List<IDisplayFormatter> _formatters;

    public FormatterRegistry(IEnumerable<IDisplayFormatter> formatters) => _formatters = [.. formatters];

    /// <summary>HTML strings, DataFrames, chart figures, Plotly charts, self-rendering HTML objects, then plain text.</summary>
    public static FormatterRegistry CreateDefault() => new(
    [
        new HtmlStringFormatter(),
        new DataFrameFormatter(),
        new FigureFormatter(),
        new PlotlyChartFormatter(),
        new HtmlDisplayFormatter(),
    ]);

    public FormatterRegistry Register(IDisplayFormatter formatter)
    {
        _formatters.Insert(0, formatter);
        return this;
    }

    public MimeBundle Format(object? value, DisplayContext context)
    {
        if (value is null) return MimeBundle.PlainText("<null>");
        foreach (var f in _formatters)
            if (f.CanFormat(value))
                return f.Format(value, context);
        return MimeBundle.PlainText(PlainText.Of(value));
    }
}
