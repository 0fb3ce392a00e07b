using BlindSpot.Charts;
using BlindSpot.Core;
using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;
using XPlot.Plotly;

namespace BlindSpot.Display;

/// <summary>
/// Registers how the library's values look in a .NET Interactive kernel (Jupyter, Polyglot Notebooks and the
/// headless runner alike): figures as a plotly chart (over its static SVG picture), the SVG picture itself and the
/// table of plotted numbers as text, DataFrames as a
/// bounded, escaped table, bare plotly charts, and values that render their own HTML. Every notebook's first
/// cell calls <see cref="Register"/>; calling it again changes nothing.
/// </summary>
public static class NotebookDisplay
{
    private const string Html = "text/html";
    private const string Plain = "text/plain";
    private const string Svg = "image/svg+xml";
    private static readonly Lock Gate = new();
    private static bool _registered;

    public static void Register()
    {
        lock (Gate)
        {
            if (_registered) return;
            Both<Figure>(PlotlyHtml.Render, f => f.ToString());
            // The static picture rides in the same output, for viewers that show images but not scripts.
            Formatter.Register<Figure>((value, writer) => writer.Write(value.Svg), Svg);
            Formatter.SetPreferredMimeTypesFor(typeof(Figure), Html, Svg, Plain);
            Both<DataFrame>(DataFrameHtml.Html, DataFrameHtml.Text);
            Both<PlotlyChart>(c => PlotlyHtml.Render(c), _ => "Plotly chart (interactive): open the notebook in Jupyter or the HTML export to see it.");
            Both<IHtmlDisplay>(v => v.ToHtml(), v => v.ToString() ?? "");
            _registered = true;
        }
    }

    /// <summary>
    /// A progress line in the running cell's output (<see cref="ProgressNote"/>), or one that shows nothing outside a
    /// cell. Displayed through the cell's own context, whose returned value is the one shown: the kernel helper
    /// <c>display(…)</c> returns a copy with another id, so its <c>Update</c> would add an output instead of replacing it.
    /// </summary>
    public static ProgressNote ProgressLine(string task)
    {
        if (Microsoft.DotNet.Interactive.KernelInvocationContext.Current is not { } cell) return new ProgressNote(task, _ => { });
        var shown = Microsoft.DotNet.Interactive.KernelInvocationContextExtensions.Display(cell, $"{task}: starting", Plain);
        return new ProgressNote(task, shown.Update);
    }

    private static void Both<T>(Func<T, string> html, Func<T, string> text)
    {
        Formatter.Register<T>((value, writer) => writer.Write(html(value)), Html);
        Formatter.Register<T>((value, writer) => writer.Write(text(value)), Plain);
        Formatter.SetPreferredMimeTypesFor(typeof(T), Html, Plain);
    }
}
