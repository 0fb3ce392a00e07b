using BlindSpot.Charts;
using BlindSpot.Notebooks.Ipynb;

namespace BlindSpot.Notebooks.Display;

/// <summary>
/// A <see cref="Figure"/>: its chart as <see cref="PlotlyHtml"/>, and its title and table of numbers as
/// text/plain, so readers without JavaScript still see what is plotted.
/// </summary>
public sealed class FigureFormatter : IDisplayFormatter
{
    public bool CanFormat(object value) => value is Figure;

    public MimeBundle Format(object value, DisplayContext context)
    {
        var figure = (Figure)value;
        return new MimeBundle()
            .Add("text/html", PlotlyHtml.Render(figure.Chart, context))
            .Add("text/plain", figure.ToString());
    }
}
