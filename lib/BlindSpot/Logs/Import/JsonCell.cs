using System.Text.Json;

namespace BlindSpot.Logs;

/// <summary>A cell of an export that holds JSON (e.g. a <c>Data</c> column with a button's payload or a form's answers).</summary>
internal static class JsonCell
{
    /// <summary>The parsed JSON object, or null when the cell is empty or not a JSON object.</summary>
    public static JsonElement? Parse(string cell)
    {
        var trimmed = cell.AsSpan().TrimStart();
        if (trimmed.Length == 0 || trimmed[0] != '{') return null;
        try
        {
            using var document = JsonDocument.Parse(cell, new JsonDocumentOptions { MaxDepth = 32 });
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A field's value as text (a dotted path for nested objects); null when absent or null. Numbers and booleans as written.</summary>
    public static string? Field(JsonElement element, string path)
    {
        foreach (var part in path.Split('.'))
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(part, out element)) return null;
        }
        return element.ValueKind switch
        {
            JsonValueKind.String => element.GetString(),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => element.GetRawText(),
        };
    }
}
