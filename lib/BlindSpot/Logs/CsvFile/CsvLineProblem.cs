namespace BlindSpot.Logs;

public enum CsvLineProblemKind
{
    UnclosedQuote,
    TextAfterQuote,
    TooLong,
    TooManyFields,
    TooFewFields,
    NotUtf8,
}

/// <summary>Why a line of a CSV file is not a row, in words that say what to do about it.</summary>
/// <param name="Fields">Fields found (field-count problems).</param>
/// <param name="ExpectedFields">Fields the header names (field-count problems).</param>
/// <param name="ByteValue">The first byte that is not UTF-8 (<see cref="CsvLineProblemKind.NotUtf8"/>).</param>
/// <param name="EndsFile">The line is the last one and no line break ends it: the file may be cut off there.</param>
public sealed record CsvLineProblem(CsvLineProblemKind Kind, bool EndsFile, int Fields = 0, int ExpectedFields = 0, byte ByteValue = 0)
{
    public override string ToString() => Kind switch
    {
        CsvLineProblemKind.UnclosedQuote when EndsFile =>
            "the file ends inside a quoted field: it looks cut off here; export the log again",
        CsvLineProblemKind.UnclosedQuote =>
            "a quote opened on this line is never closed: a stray quote (write it as \"\"), or the file is cut off inside a quoted text",
        CsvLineProblemKind.TextAfterQuote =>
            "text follows the closing quote of a field: a quote inside a quoted field must be doubled (\"\")",
        CsvLineProblemKind.TooLong =>
            $"runs on for more than {CsvScanner.MaxRecordBytes / 1024:N0} KiB without ending: a quote that never closes?",
        CsvLineProblemKind.TooManyFields =>
            $"has {Fields} fields where the header has {ExpectedFields}: a delimiter inside an unquoted text? quote that field",
        CsvLineProblemKind.TooFewFields when EndsFile =>
            $"has {Fields} of the header's {ExpectedFields} fields and the file ends there: it looks cut off; export the log again",
        CsvLineProblemKind.TooFewFields =>
            $"has {Fields} fields where the header has {ExpectedFields}: a field is missing",
        CsvLineProblemKind.NotUtf8 =>
            $"byte 0x{ByteValue:X2} is not UTF-8 text: save the file as UTF-8",
        _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, null),
    };
}
