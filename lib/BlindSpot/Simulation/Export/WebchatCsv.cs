using System.Globalization;
using System.Text;

namespace BlindSpot.Simulation.Export;

/// <summary>
/// One conversation file as the platform exports it: UTF-8 without a byte-order mark, the header
/// <c>Sender type,Sender name,Time in GMT,Message,Data</c>, rows ended by CRLF and fields quoted as RFC 4180 says (a
/// field with a comma, a quote or a line break is quoted and its quotes doubled; a message's own line breaks stay LF).
/// </summary>
internal static class WebchatCsv
{
    public const string Header = "Sender type,Sender name,Time in GMT,Message,Data";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string path, IReadOnlyList<WebchatRow> rows)
    {
        using var writer = new StreamWriter(path, append: false, Utf8, bufferSize: 16 * 1024) { NewLine = "\r\n" };
        writer.WriteLine(Header);
        foreach (var row in rows)
        {
            writer.Write(Field(row.SenderType));
            writer.Write(',');
            writer.Write(Field(row.SenderName));
            writer.Write(',');
            writer.Write(row.Time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(Field(row.Message));
            writer.Write(',');
            writer.WriteLine(Field(row.Data));
        }
    }

    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
