using BlindSpot.Logs;

namespace BlindSpot.Tests.Logs;

/// <summary>Timestamps are read, never guessed: no date means refused, and a numeric date's order comes from the mapping or the value.</summary>
public class ExportTimestampTests
{
    [Theory]
    [InlineData("2024-03-04T10:00:00Z", null, "2024-03-04 10:00:00")]
    [InlineData("2024-03-04 10:00:00.250", null, "2024-03-04 10:00:00")]
    [InlineData("2024-03-04T12:00:00+02:00", null, "2024-03-04 10:00:00")]
    [InlineData("1709546400", null, "2024-03-04 10:00:00")]
    [InlineData("1709546400000", null, "2024-03-04 10:00:00")]
    [InlineData("03/04/2024 10:00", "dmy", "2024-04-03 10:00:00")]
    [InlineData("03/04/2024 10:00", "mdy", "2024-03-04 10:00:00")]
    [InlineData("13/04/2024 10:00", null, "2024-04-13 10:00:00")]
    [InlineData("04/13/2024 10:00:00", null, "2024-04-13 10:00:00")]
    [InlineData("13.04.2024 10:00", null, "2024-04-13 10:00:00")]
    public void A_timestamp_with_a_date_is_read(string text, string? order, string expected)
    {
        Assert.True(ExportTimestamps.TryParse(text, order, out var ts, out var problem), problem);
        Assert.Equal(expected, ts.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("10:00:00", null, "a time without a date")]
    [InlineData("10:00 PM", null, "a time without a date")]
    [InlineData("03/04/2024 10:00", null, "a date whose day and month cannot be told apart")]
    [InlineData("not a time", null, "unreadable timestamp")]
    [InlineData("", null, "no timestamp")]
    public void A_timestamp_without_a_date_or_with_an_order_nobody_stated_is_refused_with_its_reason(string text, string? order, string reason)
    {
        Assert.False(ExportTimestamps.TryParse(text, order, out _, out var problem));
        Assert.StartsWith(reason, problem);
    }
}
