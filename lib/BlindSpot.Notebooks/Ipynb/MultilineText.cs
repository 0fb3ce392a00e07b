using System.Text;
using System.Text.Json.Nodes;

namespace BlindSpot.Notebooks.Ipynb;

/// <summary>
/// nbformat's "multiline string": either one string or a list of lines that keep their line ends.
/// Written the way nbformat writes it (Python's <c>str.splitlines(True)</c>).
/// </summary>
public static class MultilineText
{
    public static string Join(JsonNode? node) => node switch
    {
        null => "",
        JsonArray lines => string.Concat(lines.Select(l => l?.GetValue<string>() ?? "")),
        JsonValue v => v.GetValue<string>(),
        _ => throw new FormatException($"expected a string or a list of strings, found {node.ToJsonString()}"),
    };

    public static JsonArray Split(string text)
    {
        var array = new JsonArray();
        foreach (var line in SplitLines(text)) array.Add(line);
        return array;
    }

    /// <summary>Python's str.splitlines(keepends=True).</summary>
    public static IEnumerable<string> SplitLines(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsLineBreak(c)) continue;
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            yield return text[start..(i + 1)];
            start = i + 1;
        }
        if (start < text.Length) yield return text[start..];
    }

    private static bool IsLineBreak(char c) =>
        c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';

    /// <summary>Normalises line ends so that captured text is the same on every platform.</summary>
    public static string NormalizeNewlines(string text) =>
        text.Contains('\r') ? new StringBuilder(text).Replace("\r\n", "\n").ToString() : text;
}
