using System.Globalization;
using System.Text;
using System.Text.Json;

namespace BlindSpot.Tests.Simulation;

/// <summary>A row of a webchat export as read back from its CSV; <see cref="Json"/> is the Data column parsed (null when empty).</summary>
public sealed record WebchatCsvRow(string SenderType, string SenderName, DateTime Time, string Message, string Data)
{
    public JsonElement? Json { get; } = Data.Length == 0 ? null : JsonDocument.Parse(Data).RootElement.Clone();

    public string? JsonString(string property) =>
        Json is { ValueKind: JsonValueKind.Object } json && json.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

/// <summary>
/// Reads a conversation file back with an RFC 4180 parser of its own (quoted fields, doubled quotes, line breaks
/// inside quotes), independent of the writer, so the tests check what is on disk rather than what was meant.
/// </summary>
public static class WebchatCsvReader
{
    public static IReadOnlyList<string[]> Records(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) throw new FormatException($"{path} starts with a byte-order mark");
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else quoted = false;
            }
            else if (c == '"' && field.Length == 0) quoted = true;
            else if (c == '"') throw new FormatException($"{path}: a quote inside an unquoted field");
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
            }
            else field.Append(c);
        }
        if (quoted) throw new FormatException($"{path}: a quoted field is not closed");
        if (field.Length > 0 || fields.Count > 0) { fields.Add(field.ToString()); records.Add([.. fields]); }
        return records;
    }

    /// <summary>The rows under the header, which must be the export's.</summary>
    public static IReadOnlyList<WebchatCsvRow> Rows(string path)
    {
        var records = Records(path);
        if (records.Count == 0 || string.Join(",", records[0]) != "Sender type,Sender name,Time in GMT,Message,Data")
            throw new FormatException($"{path}: not the export's header");
        return records.Skip(1).Select(r => r.Length == 5
            ? new WebchatCsvRow(r[0], r[1], DateTime.ParseExact(r[2], "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), r[3], r[4])
            : throw new FormatException($"{path}: a row of {r.Length} fields")).ToList();
    }
}
