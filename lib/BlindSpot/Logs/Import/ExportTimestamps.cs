using System.Globalization;
using System.Text.RegularExpressions;

namespace BlindSpot.Logs;

/// <summary>
/// The timestamp forms exports use: ISO 8601 with or without fractions or an offset, epoch seconds or milliseconds,
/// and day/month/year dates with a time, whose order the mapping states (<c>"dateOrder": "dmy"</c> or <c>"mdy"</c>) or
/// the value itself shows (a first number above 12). Nothing is guessed: a time without a date (it would take the day
/// the import runs) and a date whose order cannot be told are refused with their reason.
/// </summary>
public static partial class ExportTimestamps
{
    public const string DayFirst = "dmy", MonthFirst = "mdy";

    /// <summary>The time in UTC, or null when the text is none of the known forms.</summary>
    public static DateTime? Parse(string? text) => TryParse(text, null, out var ts, out _) ? ts : null;

    /// <summary>The time in UTC; when it cannot be read, why (for the quarantine).</summary>
    public static bool TryParse(string? text, string? dateOrder, out DateTime ts, out string problem)
    {
        (ts, problem) = (default, "");
        if (string.IsNullOrWhiteSpace(text)) { problem = "no timestamp"; return false; }
        var t = text.Trim();
        if (t.All(char.IsAsciiDigit) && t.Length is >= 9 and <= 13 && long.TryParse(t, out var epoch))
        {
            ts = t.Length >= 12 ? DateTime.UnixEpoch.AddMilliseconds(epoch) : DateTime.UnixEpoch.AddSeconds(epoch);
            return true;
        }
        if (NumericDate().Match(t) is { Success: true } m)
        {
            var (a, b) = (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
            var order = dateOrder ?? (a > 12 && b <= 12 ? DayFirst : b > 12 && a <= 12 ? MonthFirst : null);
            if (order is null)
            {
                problem = "a date whose day and month cannot be told apart (say \"dateOrder\": \"dmy\" or \"mdy\" in the mapping)";
                return false;
            }
            var (day, month) = order == DayFirst ? (a, b) : (b, a);
            var iso = $"{m.Groups[3].Value}-{month:00}-{day:00}{t[m.Length..]}";
            if (DateTime.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out ts)) return true;
            problem = "unreadable timestamp";
            return false;
        }
        if (!Year().IsMatch(t))
        {
            problem = TimeOnly().IsMatch(t) ? "a time without a date (it would take the day the import runs)" : "unreadable timestamp";
            return false;
        }
        if (DateTime.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out ts)) return true;
        problem = "unreadable timestamp";
        return false;
    }

    /// <summary>d/m/yyyy or m/d/yyyy (also with . or -), then whatever follows (a time).</summary>
    [GeneratedRegex(@"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?=$|[ T])")]
    private static partial Regex NumericDate();

    /// <summary>A clock time and nothing before it: 10:00, 10:00:00.5, 10:00 PM.</summary>
    [GeneratedRegex(@"^\d{1,2}:\d{2}")]
    private static partial Regex TimeOnly();

    /// <summary>A four-digit year somewhere: the text holds a date, not only a time.</summary>
    [GeneratedRegex(@"(^|\D)\d{4}(\D|$)")]
    private static partial Regex Year();
}
