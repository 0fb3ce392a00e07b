using System.Reflection;

namespace BlindSpot.Notebooks.Export;

/// <summary>plotly.js 2.x as embedded at build time (from the npm package plotly.js-dist-min).</summary>
public static class PlotlyJs
{
    public const string Version = "2.35.3";
    private const string ResourceName = "BlindSpot.Notebooks.plotly.min.js";

    private static readonly Lazy<string> Source = new(Load);

    /// <summary>The library text, safe to put inside a script element.</summary>
    public static string Script => Source.Value;

    private static string Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("plotly.js is not embedded: build BlindSpot.Notebooks with npm available");
        using var reader = new StreamReader(stream);
        var js = reader.ReadToEnd();
        return js.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);
    }
}
