using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BlindSpot.Notebooks.Ipynb;

/// <summary>
/// Serialises JSON exactly as nbformat writes notebooks: Python's
/// <c>json.dumps(nb, sort_keys=True, indent=1, ensure_ascii=False, separators=(",", ": "))</c>.
/// Numbers keep the text they were read with.
/// </summary>
public static class CanonicalJson
{
    public static string Serialize(JsonNode? node)
    {
        var sb = new StringBuilder();
        Write(sb, node, 0);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, JsonNode? node, int depth)
    {
        switch (node)
        {
            case null:
                sb.Append("null");
                break;
            case JsonObject obj:
                WriteObject(sb, obj, depth);
                break;
            case JsonArray arr:
                WriteArray(sb, arr, depth);
                break;
            case JsonValue value:
                WriteValue(sb, value);
                break;
        }
    }

    private static void WriteObject(StringBuilder sb, JsonObject obj, int depth)
    {
        if (obj.Count == 0) { sb.Append("{}"); return; }
        var keys = obj.Select(p => p.Key).ToList();
        keys.Sort(CodePointComparer.Instance);
        sb.Append("{\n");
        for (var i = 0; i < keys.Count; i++)
        {
            sb.Append(' ', depth + 1);
            WriteString(sb, keys[i]);
            sb.Append(": ");
            Write(sb, obj[keys[i]], depth + 1);
            sb.Append(i < keys.Count - 1 ? ",\n" : "\n");
        }
        sb.Append(' ', depth).Append('}');
    }

    private static void WriteArray(StringBuilder sb, JsonArray arr, int depth)
    {
        if (arr.Count == 0) { sb.Append("[]"); return; }
        sb.Append("[\n");
        for (var i = 0; i < arr.Count; i++)
        {
            sb.Append(' ', depth + 1);
            Write(sb, arr[i], depth + 1);
            sb.Append(i < arr.Count - 1 ? ",\n" : "\n");
        }
        sb.Append(' ', depth).Append(']');
    }

    private static void WriteValue(StringBuilder sb, JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                WriteString(sb, value.GetValue<string>());
                break;
            case JsonValueKind.True:
                sb.Append("true");
                break;
            case JsonValueKind.False:
                sb.Append("false");
                break;
            case JsonValueKind.Null:
                sb.Append("null");
                break;
            default:
                // numbers: the text they were read with, or .NET's shortest round-trip form
                sb.Append(value.TryGetValue<JsonElement>(out var e) ? e.GetRawText() : value.ToJsonString());
                break;
        }
    }

    /// <summary>Python's escaping with ensure_ascii=False: only quote, backslash and control characters.</summary>
    internal static void WriteString(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    if (c < 0x20) sb.Append("\\u").Append(((int)c).ToString("x4"));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }

    /// <summary>Orders keys by Unicode code point, as Python's sorted() does on str.</summary>
    private sealed class CodePointComparer : IComparer<string>
    {
        public static readonly CodePointComparer Instance = new();

        public int Compare(string? x, string? y)
        {
            var a = x!.EnumerateRunes().GetEnumerator();
            var b = y!.EnumerateRunes().GetEnumerator();
            while (true)
            {
                var hasA = a.MoveNext();
                var hasB = b.MoveNext();
                if (!hasA || !hasB) return hasA.CompareTo(hasB);
                var c = a.Current.Value.CompareTo(b.Current.Value);
                if (c != 0) return c;
            }
        }
    }
}
