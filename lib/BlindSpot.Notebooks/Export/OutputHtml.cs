using System.Text.Json.Nodes;
using BlindSpot.Core;
using BlindSpot.Notebooks.Ipynb;

namespace BlindSpot.Notebooks.Export;

/// <summary>Renders one nbformat output as HTML: rich data by preference, text escaped.</summary>
public static class OutputHtml
{
    private static readonly string[] ImageTypes = ["image/png", "image/jpeg", "image/gif"];

    public static string Render(JsonObject output) => output["output_type"]?.GetValue<string>() switch
    {
        "stream" => $"<pre class=\"output stream {Name(output)}\">{HtmlText.Escape(MultilineText.Join(output["text"]))}</pre>",
        "error" => $"<pre class=\"output error\">{HtmlText.Escape(ErrorText(output))}</pre>",
        "display_data" or "execute_result" => Data(output["data"] as JsonObject ?? []),
        _ => "",
    };

    private static string Name(JsonObject output) => output["name"]?.GetValue<string>() == "stderr" ? "stderr" : "stdout";

    private static string ErrorText(JsonObject output)
    {
        var tb = (output["traceback"] as JsonArray)?.Select(l => l?.GetValue<string>() ?? "").ToList() ?? [];
        return tb.Count > 0 ? string.Join("\n", tb)
            : $"{output["ename"]?.GetValue<string>()}: {output["evalue"]?.GetValue<string>()}";
    }

    private static string Data(JsonObject data)
    {
        if (data["text/html"] is { } html)
            return $"<div class=\"output html\">{MultilineText.Join(html)}</div>";
        if (data["image/svg+xml"] is { } svg)
            return $"<div class=\"output image\">{MultilineText.Join(svg)}</div>";
        foreach (var type in ImageTypes)
            if (data[type] is { } img)
                return $"<div class=\"output image\"><img src=\"data:{type};base64,{MultilineText.Join(img).Replace("\n", "")}\" alt=\"\"></div>";
        if (data["text/markdown"] is { } md)
            return $"<div class=\"output markdown\">{Markdig.Markdown.ToHtml(MultilineText.Join(md))}</div>";
        if (data["text/plain"] is { } text)
            return $"<pre class=\"output text\">{HtmlText.Escape(MultilineText.Join(text))}</pre>";
        return "";
    }
}
