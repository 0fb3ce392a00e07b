using System.Text.RegularExpressions;
using BlindSpot.Logs;

namespace BlindSpot.Tests.Logs;

public class SchemaTests
{
    [Fact]
    public void Sql_schema_file_states_the_same_columns_and_types_as_the_code()
    {
        var sql = File.ReadAllText(RepoPaths.Of("sql", "schema.sql"));
        var declared = Regex.Matches(sql, @"^\s+(\w+)\s+(VARCHAR|INTEGER|TIMESTAMP|DOUBLE|BOOLEAN)\b", RegexOptions.Multiline)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
        Assert.Equal(TurnLogSchema.Columns.Select(c => (c.Name, c.DuckDbType)).ToList(), declared);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData(" padded", "\" padded\"")]
    [InlineData("", "\"\"")]
    public void Csv_text_is_quoted_only_when_it_must_be(string value, string expected) =>
        Assert.Equal(expected, CsvFormat.Text(value));

    [Fact]
    public void Csv_numbers_and_times_do_not_depend_on_culture()
    {
        Assert.Equal("-0.125", CsvFormat.Double(-0.125));
        Assert.Equal("", CsvFormat.Double(null));
        Assert.Equal("2026-03-02 08:05:09", CsvFormat.Timestamp(new DateTime(2026, 3, 2, 8, 5, 9)));
        Assert.Equal("false", CsvFormat.Boolean(false));
    }
}
