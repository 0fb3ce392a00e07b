using System.Text;

namespace BlindSpot.Logs;

/// <summary>The text of CSV fields: unquoted, and read leniently from a damaged line.</summary>
public static class CsvFieldText
{
    /// <summary>A field's text: quotes removed and doubled quotes undoubled; invalid UTF-8 becomes U+FFFD.</summary>
    public static string Of(ReadOnlySpan<byte> field, bool quoted)
    {
        if (!quoted) return Encoding.UTF8.GetString(field);
        var inner = field[1..^1];
        return inner.IndexOf((byte)'"') < 0 ? Encoding.UTF8.GetString(inner) : Encoding.UTF8.GetString(inner).Replace("\"\"", "\"");
    }

    /// <summary>
    /// Field <paramref name="index"/> of a line that may be damaged: its text (null if the line has fewer fields), and
    /// whether a delimiter ends it, so that it is whole. The field a line was cut off in, or that a quote runs past, is not.
    /// </summary>
    public static (string? Text, bool Whole) FieldAt(ReadOnlySpan<byte> line, byte delimiter, int index)
    {
        var start = 0;
        for (var field = 0; ; field++)
        {
            var quoted = start < line.Length && line[start] == (byte)'"';
            var end = quoted ? ClosingQuote(line, start) : start + IndexOrEnd(line[start..], delimiter);
            var whole = end >= 0 && end < line.Length && line[end] == delimiter;
            if (field == index)
            {
                if (whole) return (Of(line[start..end], quoted), true);
                return (Encoding.UTF8.GetString(line[(quoted ? start + 1 : start)..]).Replace("\"\"", "\""), false);
            }
            if (!whole) return (null, false);
            start = end + 1;
        }
    }

    /// <summary>Index just past the closing quote of the quoted field at <paramref name="start"/>; -1 if it does not close.</summary>
    private static int ClosingQuote(ReadOnlySpan<byte> line, int start)
    {
        var i = start + 1;
        while (true)
        {
            var quote = line[i..].IndexOf((byte)'"');
            if (quote < 0) return -1;
            i += quote + 1;
            if (i < line.Length && line[i] == (byte)'"') i++;
            else return i;
        }
    }

    private static int IndexOrEnd(ReadOnlySpan<byte> span, byte value)
    {
        var at = span.IndexOf(value);
        return at < 0 ? span.Length : at;
    }
}
