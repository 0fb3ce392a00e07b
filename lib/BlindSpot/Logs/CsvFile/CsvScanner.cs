using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace BlindSpot.Logs;

/// <summary>
/// Reads a CSV stream record by record and, instead of failing on a damaged line, says what is wrong with it
/// (<see cref="Problem"/>) and goes on. A record whose quotes or field count are wrong and that spans several
/// lines (a stray quote swallows the lines after it) is cut back to its first line, and reading resumes on the
/// next one, so a single bad quote costs one line, not the rest of the file. Blank lines hold no record and are
/// skipped; a UTF-8 byte-order mark is skipped.
/// </summary>
public sealed class CsvScanner
{
    /// <summary>No chat message is this long: a record that is, has a quote that never closes.</summary>
    public const int MaxRecordBytes = 512 * 1024;

    private const int ReadSize = 1 << 20;

    private readonly Stream _input;
    private readonly List<CsvField> _fields = [];
    private byte[] _buffer = new byte[2 * ReadSize];
    private int _position;
    private int _end;
    private bool _eof;
    private bool _discardRestOfLine;
    private long _nextLine = 1;
    private int _recordStart;
    private int _recordLength;

    public CsvScanner(Stream input)
    {
        _input = input;
        while (_end < 3 && Fill()) { }
        if (Buffered.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) _position = 3;
    }

    public byte Delimiter { get; set; } = (byte)',';

    /// <summary>Fields every record must have (the header's); 0 accepts any number.</summary>
    public int ExpectedFields { get; set; }

    /// <summary>The line the current record starts on (the first line of the file is 1).</summary>
    public long Line { get; private set; }

    /// <summary>What is wrong with the current record; null when it is a well-formed row.</summary>
    public CsvLineProblem? Problem { get; private set; }

    /// <summary>The current record's bytes, without its line break; for a damaged record, its first line only.</summary>
    public ReadOnlySpan<byte> Record => _buffer.AsSpan(_recordStart, _recordLength);

    /// <summary>The current record's fields, relative to <see cref="Record"/>; only meaningful when <see cref="Problem"/> is null.</summary>
    public IReadOnlyList<CsvField> Fields => _fields;

    /// <summary>Bytes read ahead of the current position: at least the first line, unless that line is very long.</summary>
    public ReadOnlySpan<byte> Buffered => _buffer.AsSpan(_position, _end - _position);

    public bool Read()
    {
        if (_discardRestOfLine) DiscardRestOfLine();
        while (true)
        {
            if (_position == _end)
            {
                if (!Fill()) return false;
                continue;
            }
            var data = Buffered;
            var parsed = CsvRecordParser.Parse(data, _eof, Delimiter, _fields);
            switch (parsed.Status)
            {
                case CsvParseStatus.NeedMore when data.Length >= MaxRecordBytes:
                    if (TakeFirstLine(new CsvLineProblem(CsvLineProblemKind.TooLong, false))) return true;
                    TakeLongLine();
                    return true;
                case CsvParseStatus.NeedMore:
                    Fill();
                    continue;
                case CsvParseStatus.Complete when parsed.Length == 0:
                    _position += parsed.Consumed;
                    _nextLine++;
                    continue;
                case CsvParseStatus.Complete:
                    var endsFile = parsed.Consumed == parsed.Length;
                    var problem = FieldCountProblem(endsFile) ?? Utf8Problem(data[..parsed.Length], endsFile);
                    if (problem is { Kind: CsvLineProblemKind.TooManyFields or CsvLineProblemKind.TooFewFields }
                        && CsvRecordParser.LineBreaks(data[..parsed.Length]) > 0)
                    {
                        if (TakeFirstLine(problem)) return true;
                        Fill();
                        continue;
                    }
                    Take(parsed.Length, parsed.Consumed, problem);
                    return true;
                default:
                    var kind = parsed.Status == CsvParseStatus.UnclosedQuote ? CsvLineProblemKind.UnclosedQuote : CsvLineProblemKind.TextAfterQuote;
                    if (TakeFirstLine(new CsvLineProblem(kind, false))) return true;
                    if (data.Length >= MaxRecordBytes)
                    {
                        TakeLongLine();
                        return true;
                    }
                    Fill();
                    continue;
            }
        }
    }

    private void Take(int length, int consumed, CsvLineProblem? problem)
    {
        Line = _nextLine;
        Problem = problem;
        _recordStart = _position;
        _recordLength = length;
        _nextLine += 1 + CsvRecordParser.LineBreaks(Record);
        _position += consumed;
    }

    /// <summary>Takes the first line of the buffered bytes as a damaged record; false when its end is not buffered yet.</summary>
    private bool TakeFirstLine(CsvLineProblem problem)
    {
        var data = Buffered;
        var (length, breakLength) = CsvRecordParser.FirstLine(data);
        var breakMayGoOn = length >= 0 && breakLength == 1 && data[length] == (byte)'\r' && length + 1 == data.Length;
        if ((length < 0 || breakMayGoOn) && !_eof) return false;
        if (length < 0) (length, breakLength) = (data.Length, 0);
        Take(length, length + breakLength, problem with { EndsFile = breakLength == 0 });
        return true;
    }

    /// <summary>A single line longer than the limit: its start is the record, the rest is skipped before the next read.</summary>
    private void TakeLongLine()
    {
        Take(MaxRecordBytes, MaxRecordBytes, new CsvLineProblem(CsvLineProblemKind.TooLong, false));
        _nextLine--;
        _discardRestOfLine = true;
    }

    private void DiscardRestOfLine()
    {
        _discardRestOfLine = false;
        while (true)
        {
            var (length, breakLength) = CsvRecordParser.FirstLine(Buffered);
            if (length >= 0 && (breakLength == 2 || _position + length + 1 < _end || _eof))
            {
                _position += length + breakLength;
                _nextLine++;
                return;
            }
            _position = length >= 0 ? _position + length : _end;
            if (!Fill()) return;
        }
    }

    private CsvLineProblem? FieldCountProblem(bool endsFile)
    {
        if (ExpectedFields == 0 || _fields.Count == ExpectedFields) return null;
        var kind = _fields.Count > ExpectedFields ? CsvLineProblemKind.TooManyFields : CsvLineProblemKind.TooFewFields;
        return new CsvLineProblem(kind, endsFile, _fields.Count, ExpectedFields);
    }

    private static CsvLineProblem? Utf8Problem(ReadOnlySpan<byte> record, bool endsFile)
    {
        if (Utf8.IsValid(record)) return null;
        var at = 0;
        while (Rune.DecodeFromUtf8(record[at..], out _, out var consumed) == OperationStatus.Done) at += consumed;
        return new CsvLineProblem(CsvLineProblemKind.NotUtf8, endsFile, ByteValue: record[at]);
    }

    /// <summary>Reads more bytes behind the unread ones; false at the end of the input.</summary>
    private bool Fill()
    {
        if (_eof) return false;
        if (_position > 0)
        {
            Buffer.BlockCopy(_buffer, _position, _buffer, 0, _end - _position);
            _end -= _position;
            _position = 0;
        }
        if (_buffer.Length - _end < ReadSize) Array.Resize(ref _buffer, _buffer.Length * 2);
        var read = _input.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
            return false;
        }
        _end += read;
        return true;
    }
}
