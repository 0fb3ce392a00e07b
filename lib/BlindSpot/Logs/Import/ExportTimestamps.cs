using System.Globalization;

namespace BlindSpot.Logs;

/// <summary>The timestamp forms exports use: ISO 8601 with or without fractions or an offset, and epoch seconds or milliseconds.</summary>
public static class ExportTimestamps
{
    /// <summary>The time in UTC, or null when the text is none of the known forms.</summary>
    public static DateTime? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        if (t.All(char.IsAsciiDigit) && t.Length is >= 9 and <= 13 && long.TryParse(t, out var epoch))
            return t.Length >= 12 ? DateTime.UnixEpoch.AddMilliseconds(epoch) : DateTime.UnixEpoch.AddSeconds(epoch);
        return DateTime.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : null;
    }
}
