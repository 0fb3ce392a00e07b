namespace BlindSpot.Logs;

/// <summary>Where a field lies in its record; a quoted field's span includes its quotes.</summary>
public readonly record struct CsvField(int Start, int Length, bool Quoted);

/// <summary>How far <see cref="CsvRecordParser.Parse"/> got with the bytes it was given.</summary>
public enum CsvParseStatus
{
    /// <summary>A record ends at a line break (or at the end of the input).</summary>
    Complete,
    /// <summary>The bytes end before the record does, and more may follow.</summary>
    NeedMore,
    /// <summary>The input ends inside a quoted field.</summary>
    UnclosedQuote,
    /// <summary>A quoted field closes and something other than a delimiter or a line break follows.</summary>
    TextAfterQuote,
}

/// <param name="Length">The record's bytes, without its line break.</param>
/// <param name="Consumed">The record's bytes with its line break.</param>
public readonly record struct CsvParseResult(CsvParseStatus Status, int Length, int Consumed);

/// <summary>
/// Finds the first record of some CSV bytes the way RFC 4180 reads them: fields split by a delimiter, a field in
/// double quotes may hold delimiters, line breaks and doubled quotes. A line break is LF, CRLF or a lone CR.
/// A quote inside an unquoted field is kept as text, as most CSV readers do.
/// </summary>
public static class CsvRecordParser
{
    private const byte Quote = (byte)'"';
    private const byte Lf = (byte)'\n';
    private const byte Cr = (byte)'\r';

    /// <param name="final">No bytes follow <paramref name="data"/>: its end ends the record.</param>
    public static CsvParseResult Parse(ReadOnlySpan<byte> data, bool final, byte delimiter, List<CsvField> fields)
    {
        fields.Clear();
        var position = 0;
        while (true)
        {
            if (position < data.Length && data[position] == Quote)
            {
                var quoted = QuotedField(data, position, final, delimiter, fields);
                if (quoted.Next < 0) return quoted.Result;
                position = quoted.Next;
                continue;
            }
            var stop = data[position..].IndexOfAny(delimiter, Lf, Cr);
            if (stop < 0)
            {
                if (!final) return NeedMore;
                fields.Add(new CsvField(position, data.Length - position, false));
                return new CsvParseResult(CsvParseStatus.Complete, data.Length, data.Length);
            }
            var at = position + stop;
            fields.Add(new CsvField(position, at - position, false));
            if (data[at] == delimiter)
            {
                position = at + 1;
                continue;
            }
            return LineEnd(data, at, final);
        }
    }

    private static readonly CsvParseResult NeedMore = new(CsvParseStatus.NeedMore, 0, 0);

    /// <summary>Reads a quoted field starting at <paramref name="start"/>: Next is where the following field starts, or -1 with the record's result.</summary>
    private static (int Next, CsvParseResult Result) QuotedField(ReadOnlySpan<byte> data, int start, bool final, byte delimiter, List<CsvField> fields)
    {
        var i = start + 1;
        while (true)
        {
            var quote = data[i..].IndexOf(Quote);
            if (quote < 0) return (-1, final ? new CsvParseResult(CsvParseStatus.UnclosedQuote, data.Length, data.Length) : NeedMore);
            i += quote + 1;
            if (i == data.Length)
            {
                if (!final) return (-1, NeedMore);
                fields.Add(new CsvField(start, i - start, true));
                return (-1, new CsvParseResult(CsvParseStatus.Complete, i, i));
            }
            var next = data[i];
            if (next == Quote)
            {
                i++;
                continue;
            }
            if (next == delimiter)
            {
                fields.Add(new CsvField(start, i - start, true));
                return (i + 1, default);
            }
            if (next is Lf or Cr)
            {
                fields.Add(new CsvField(start, i - start, true));
                return (-1, LineEnd(data, i, final));
            }
            return (-1, new CsvParseResult(CsvParseStatus.TextAfterQuote, i, i));
        }
    }

    private static CsvParseResult LineEnd(ReadOnlySpan<byte> data, int at, bool final)
    {
        if (data[at] == Lf) return new CsvParseResult(CsvParseStatus.Complete, at, at + 1);
        if (at + 1 < data.Length) return new CsvParseResult(CsvParseStatus.Complete, at, data[at + 1] == Lf ? at + 2 : at + 1);
        return final ? new CsvParseResult(CsvParseStatus.Complete, at, at + 1) : NeedMore;
    }

    /// <summary>Length of the first physical line of <paramref name="data"/> (quotes ignored) and of its line break; -1 when no break is in sight.</summary>
    public static (int Length, int BreakLength) FirstLine(ReadOnlySpan<byte> data)
    {
        var at = data.IndexOfAny(Lf, Cr);
        if (at < 0) return (-1, 0);
        if (data[at] == Lf) return (at, 1);
        return (at, at + 1 < data.Length && data[at + 1] == Lf ? 2 : 1);
    }

    /// <summary>Line breaks inside a record (a quoted text may hold some): LF, CRLF and lone CR count one each.</summary>
    public static int LineBreaks(ReadOnlySpan<byte> record)
    {
        if (record.IndexOfAny(Lf, Cr) < 0) return 0;
        return record.Count(Lf) + record.Count(Cr) - record.Count("\r\n"u8);
    }
}
