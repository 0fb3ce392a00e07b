using BlindSpot.Notebooks.Ipynb;
using XPlot.Plotly;

namespace BlindSpot.Notebooks.Display;

/// <summary>A bare XPlot.Plotly chart: its <see cref="PlotlyHtml"/> and a text/plain note (it has no table).</summary>
public sealed class PlotlyChartFormatter : IDisplayFormatter
{
    public bool CanFormat(object value) => value is PlotlyChart;

    public MimeBundle Format(object value, DisplayContext context) => new MimeBundle()
        .Add("text/html", PlotlyHtml.Render((PlotlyChart)value, context))
        .Add("text/plain", "Plotly chart (interactive): open the notebook in Jupyter or the HTML export to see it.");
}
