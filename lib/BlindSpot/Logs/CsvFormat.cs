using System.Globalization;

namespace BlindSpot.Logs;

/// <summary>
/// RFC 4180 CSV cells with one fixed, culture-free format for every type, so the same rows always
/// give the same bytes. NULL is an empty cell; text is quoted only when it must be.
/// </summary>
public static class CsvFormat
{
    public const string TimestampFormat = "yyyy-MM-dd HH:mm:ss";

    public static string Text(string? value)
    {
        if (value is null) return "";
        var mustQuote = value.Length == 0 || value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || value[0] == ' ' || value[^1] == ' ';
        return mustQuote ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Double(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "";

    public static string Boolean(bool? value) => value is { } v ? (v ? "true" : "false") : "";

    public static string Timestamp(DateTime value) => value.ToString(TimestampFormat, CultureInfo.InvariantCulture);
}
