using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BlindSpot.Charts;

namespace BlindSpot.Tests.Charts;

/// <summary>The data and layout objects a figure's chart hands to plotly.js, parsed from XPlot's script.</summary>
public static partial class ChartJson
{
    public static JsonArray Data(Figure figure) => (JsonArray)Parse(figure, "data");

    public static JsonObject Layout(Figure figure) => (JsonObject)Parse(figure, "layout");

    public static JsonObject Trace(Figure figure, int index = 0) => (JsonObject)Data(figure)[index]!;

    public static string[] Strings(JsonNode? array) => [.. ((JsonArray)array!).Select(n => n!.GetValue<string>())];

    public static double[] Numbers(JsonNode? array) => [.. ((JsonArray)array!).Select(n => n!.GetValue<double>())];

    private static JsonNode Parse(Figure figure, string variable)
    {
        var js = figure.Chart.GetPlottingJS();
        var match = Regex.Match(js, $@"var {variable} = (.*);\s*$", RegexOptions.Multiline);
        Assert.True(match.Success, $"no 'var {variable}' in: {js}");
        return JsonNode.Parse(match.Groups[1].Value)!;
    }
}
