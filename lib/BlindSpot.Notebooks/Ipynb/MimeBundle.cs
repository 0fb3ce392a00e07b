using System.Text.Json.Nodes;

namespace BlindSpot.Notebooks.Ipynb;

/// <summary>One displayed value in several representations, keyed by MIME type (text/html, text/plain, …).</summary>
public sealed class MimeBundle
{
    private readonly SortedDictionary<string, string> _data = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Data => _data;

    public MimeBundle Add(string mimeType, string content)
    {
        _data[mimeType] = MultilineText.NormalizeNewlines(content);
        return this;
    }

    public static MimeBundle Html(string html) => new MimeBundle().Add("text/html", html);

    public static MimeBundle PlainText(string text) => new MimeBundle().Add("text/plain", text);

    public JsonObject ToJson()
    {
        var obj = new JsonObject();
        foreach (var (mime, content) in _data) obj[mime] = MultilineText.Split(content);
        return obj;
    }
}
