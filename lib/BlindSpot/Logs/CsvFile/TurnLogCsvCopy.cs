using System.Buffers.Text;
using System.IO.Compression;
using System.Text;

namespace BlindSpot.Logs;

/// <summary>What <see cref="TurnLogCsvCopy.Write"/> wrote: the source's columns, its records, and how many were damaged lines.</summary>
public sealed record CsvCopyResult(IReadOnlyList<string> Columns, long Records, long MalformedLines);

/// <summary>
/// Copies a CSV turn log into one strict form DuckDB reads without guessing: UTF-8 without a byte-order mark,
/// comma-delimited, LF line breaks, every quote where it belongs. Each record gets the line it starts on; a damaged
/// line stays in the copy as a row of its own, with the reason and its raw text, and its session (see
/// <see cref="SessionOf"/>) so that the validator rejects that session whole. Every record of the source is one row
/// of the copy, in order, so none can go missing between the two.
/// </summary>
public static class TurnLogCsvCopy
{
    public const string LineColumn = "_bs_line";
    public const string ProblemColumn = "_bs_problem";
    public const string RawLineColumn = "_bs_raw_line";

    public static IReadOnlyList<string> InternalColumns { get; } = [LineColumn, ProblemColumn, RawLineColumn];

    public static CsvCopyResult Write(string source, string target)
    {
        using var input = OpenInput(source);
        var scanner = new CsvScanner(input);
        scanner.Delimiter = CsvDelimiter.Detect(scanner.Buffered);
        var columns = ReadHeader(source, scanner);
        var sessionIndex = columns.IndexOf("session_id");
        scanner.ExpectedFields = columns.Count;

        using var output = new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        output.Write(Encoding.UTF8.GetBytes(string.Join(",", InternalColumns.Concat(columns).Select(CsvFormat.Text)) + "\n"));
        var lastSession = new LastSession();
        long records = 0, malformed = 0;
        while (scanner.Read())
        {
            records++;
            if (scanner.Problem is null)
            {
                WriteRow(output, scanner);
                if (sessionIndex >= 0) lastSession.Remember(scanner, sessionIndex);
                continue;
            }
            malformed++;
            var session = SessionOf(scanner.Record, scanner.Delimiter, sessionIndex, lastSession.Text);
            WriteMalformed(output, scanner.Line, scanner.Problem, Encoding.UTF8.GetString(scanner.Record), columns.Count, sessionIndex, session);
        }
        return new CsvCopyResult(columns, records, malformed);
    }

    /// <summary>
    /// The session a damaged line counts toward: the one it names when its session_id field is whole. When the line
    /// was cut off inside that field, the part left counts toward the previous line's session if that session's id
    /// starts with it (the broken line most likely continued it), else it stands for a session of its own; a line
    /// cut off before the field counts toward the previous line's session.
    /// </summary>
    public static string? SessionOf(ReadOnlySpan<byte> line, byte delimiter, int sessionIndex, string? previousSession)
    {
        if (sessionIndex < 0) return null;
        var (text, whole) = CsvFieldText.FieldAt(line, delimiter, sessionIndex);
        if (whole) return text == "" ? null : text;
        if (string.IsNullOrEmpty(text)) return previousSession;
        return previousSession is not null && previousSession.StartsWith(text, StringComparison.Ordinal) ? previousSession : text;
    }

    private static Stream OpenInput(string source)
    {
        var file = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return source.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
    }

    private static List<string> ReadHeader(string source, CsvScanner scanner)
    {
        if (!scanner.Read())
            throw new TurnLogUnreadableException(source, "the file is empty: a turn log needs a header line and rows; export it again");
        if (scanner.Problem is { } problem)
            throw new TurnLogUnreadableException(source, $"line {scanner.Line}, the header, is damaged: {problem}");
        var names = scanner.Fields.Select(f => CsvFieldText.Of(scanner.Record.Slice(f.Start, f.Length), f.Quoted)).ToList();
        if (names.FindIndex(string.IsNullOrWhiteSpace) is var empty and >= 0)
            throw new TurnLogUnreadableException(source, $"line {scanner.Line}, the header, has no name for column {empty + 1}: name every column");
        if (names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new TurnLogUnreadableException(source, $"line {scanner.Line}, the header, names column '{twice.Key}' twice: rename one");
        if (names.FirstOrDefault(n => InternalColumns.Contains(n, StringComparer.OrdinalIgnoreCase)) is { } reserved)
            throw new TurnLogUnreadableException(source, $"line {scanner.Line}, the header, uses the reserved column name '{reserved}': rename it");
        return names;
    }

    private static void WriteRow(Stream output, CsvScanner scanner)
    {
        WriteLineNumber(output, scanner.Line);
        output.Write(",,,"u8);
        var record = scanner.Record;
        var fields = scanner.Fields;
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) output.WriteByte((byte)',');
            WriteField(output, record.Slice(fields[i].Start, fields[i].Length), fields[i].Quoted, scanner.Delimiter);
        }
        output.WriteByte((byte)'\n');
    }

    /// <summary>A quoted field is copied as it is; an unquoted one gets quotes if it holds a quote, or a comma in a file that was not comma-delimited.</summary>
    private static void WriteField(Stream output, ReadOnlySpan<byte> field, bool quoted, byte delimiter)
    {
        var needsQuotes = !quoted && (field.IndexOf((byte)'"') >= 0 || (delimiter != (byte)',' && field.IndexOf((byte)',') >= 0));
        if (!needsQuotes)
        {
            output.Write(field);
            return;
        }
        output.WriteByte((byte)'"');
        while (field.IndexOf((byte)'"') is var quote and >= 0)
        {
            output.Write(field[..(quote + 1)]);
            output.WriteByte((byte)'"');
            field = field[(quote + 1)..];
        }
        output.Write(field);
        output.WriteByte((byte)'"');
    }

    private static void WriteMalformed(Stream output, long line, CsvLineProblem problem, string raw, int columns, int sessionIndex, string? session)
    {
        var text = new StringBuilder();
        text.Append(',').Append(CsvFormat.Text(problem.ToString())).Append(',').Append(CsvFormat.Text(raw));
        for (var i = 0; i < columns; i++) text.Append(',').Append(i == sessionIndex ? CsvFormat.Text(session) : "");
        WriteLineNumber(output, line);
        output.Write(Encoding.UTF8.GetBytes(text.Append('\n').ToString()));
    }

    private static void WriteLineNumber(Stream output, long line)
    {
        Span<byte> digits = stackalloc byte[20];
        Utf8Formatter.TryFormat(line, digits, out var written);
        output.Write(digits[..written]);
    }

    /// <summary>The session_id of the last well-formed row, kept as bytes (copied) and turned into text only when a damaged line needs it.</summary>
    private sealed class LastSession
    {
        private byte[] _bytes = new byte[64];
        private int _length = -1;
        private bool _quoted;

        public void Remember(CsvScanner scanner, int sessionIndex)
        {
            var field = scanner.Fields[sessionIndex];
            if (_bytes.Length < field.Length) _bytes = new byte[Math.Max(field.Length, 2 * _bytes.Length)];
            scanner.Record.Slice(field.Start, field.Length).CopyTo(_bytes);
            _length = field.Length;
            _quoted = field.Quoted;
        }

        public string? Text => _length <= 0 ? null : CsvFieldText.Of(_bytes.AsSpan(0, _length), _quoted);
    }
}
