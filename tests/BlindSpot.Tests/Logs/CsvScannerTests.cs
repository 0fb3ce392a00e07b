using System.Text;
using System.Text.RegularExpressions;
using BlindSpot.Logs;

namespace BlindSpot.Tests.Logs;

public partial class CsvScannerTests
{
    [Fact]
    public void Random_well_formed_files_read_back_field_for_field_with_the_line_each_record_starts_on()
    {
        const string alphabet = "ab ,\"\n\r\té";
        for (var seed = 0; seed < 300; seed++)
        {
            var random = new Random(seed);
            var width = random.Next(2, 6);
            var rows = Enumerable.Range(0, random.Next(1, 30))
                .Select(_ => Enumerable.Range(0, width).Select(_ => new string(Enumerable.Range(0, random.Next(0, 7)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray())).ToList())
                .ToList();
            string[] breaks = ["\n", "\r\n", "\r"];
            var text = string.Concat(rows.Select(r => string.Join(",", r.Select(CsvFormat.Text)) + breaks[random.Next(breaks.Length)]));

            var scanner = new CsvScanner(new TrickleStream(Encoding.UTF8.GetBytes(text), seed)) { ExpectedFields = width };
            long expectedLine = 1;
            foreach (var row in rows)
            {
                Assert.True(scanner.Read(), $"seed {seed}: a record is missing");
                Assert.Null(scanner.Problem);
                Assert.Equal(expectedLine, scanner.Line);
                var record = scanner.Record.ToArray();
                Assert.Equal(row, scanner.Fields.Select(f => CsvFieldText.Of(record.AsSpan(f.Start, f.Length), f.Quoted)).ToList());
                expectedLine += 1 + row.Sum(v => LineBreak().Count(v));
            }
            Assert.False(scanner.Read(), $"seed {seed}: a record too many");
        }
    }

    [Fact]
    public void A_stray_quote_costs_its_own_line_only_and_blank_lines_are_skipped()
    {
        // The stray quote pairs with the one that opens the last line's text, which "q" then follows.
        var scanner = Scan("id,text\n1,\"never closed\n\n2,fine\r\n3,\"quoted, with a comma\"\n");

        Assert.Equal([(1L, null, "id,text"), (2L, CsvLineProblemKind.TextAfterQuote, "1,\"never closed"), (4L, null, "2,fine"), (5L, null, "3,\"quoted, with a comma\"")], All(scanner));
    }

    [Fact]
    public void A_field_count_that_is_wrong_over_several_lines_costs_the_first_line_and_reading_resumes_on_the_next()
    {
        var scanner = Scan("id,text\n1,\"two\nlines\",extra\n2,fine\n", expectedFields: 2);

        // The second line, read on its own, is two fields: "lines\"" (a quote inside an unquoted text is text) and "extra".
        Assert.Equal([(1L, null, "id,text"), (2L, CsvLineProblemKind.TooManyFields, "1,\"two"), (3L, null, "lines\",extra"), (4L, null, "2,fine")], All(scanner));
    }

    [Fact]
    public void A_line_longer_than_the_limit_is_one_damaged_record_and_the_next_line_reads()
    {
        var scanner = Scan("id,text\n1," + new string('x', CsvScanner.MaxRecordBytes + 10) + "\n2,fine\n");

        var records = All(scanner);

        Assert.Equal((2L, CsvLineProblemKind.TooLong), (records[1].Line, records[1].Problem));
        Assert.Equal((3L, null, "2,fine"), records[2]);
        Assert.Equal(3, records.Count);
    }

    [Fact]
    public void A_quote_that_runs_on_past_the_limit_costs_its_first_line()
    {
        var runaway = string.Concat(Enumerable.Repeat("more text, and more\n", CsvScanner.MaxRecordBytes / 20 + 10));
        var scanner = Scan("id,text\n1,\"starts here\n" + runaway);

        var records = All(scanner);

        Assert.Equal((2L, CsvLineProblemKind.TooLong, "1,\"starts here"), records[1]);
        Assert.Equal((3L, null, "more text, and more"), records[2]);
    }

    [Fact]
    public void The_last_line_without_a_line_break_is_a_record_and_says_it_ends_the_file()
    {
        var scanner = Scan("id,text\n1,a\n2,\"cut", expectedFields: 2);

        Assert.True(scanner.Read());
        Assert.True(scanner.Read());
        Assert.True(scanner.Read());
        Assert.Equal(new CsvLineProblem(CsvLineProblemKind.UnclosedQuote, EndsFile: true), scanner.Problem);
        Assert.False(scanner.Read());
    }

    [Theory]
    [InlineData("a,b,c\n1,2,3", (byte)',')]
    [InlineData("a\tb\tc\n1,2\t3", (byte)'\t')]
    [InlineData("a;b;c\n", (byte)';')]
    [InlineData("\"a,x\";b;c\n", (byte)';')]
    [InlineData("single\n", (byte)',')]
    public void The_delimiter_is_the_one_the_header_uses_most(string start, byte delimiter) =>
        Assert.Equal(delimiter, CsvDelimiter.Detect(Encoding.UTF8.GetBytes(start)));

    private static CsvScanner Scan(string text, int expectedFields = 0) =>
        new(new TrickleStream(Encoding.UTF8.GetBytes(text), 1)) { ExpectedFields = expectedFields };

    private static List<(long Line, CsvLineProblemKind? Problem, string Record)> All(CsvScanner scanner)
    {
        var records = new List<(long, CsvLineProblemKind?, string)>();
        while (scanner.Read()) records.Add((scanner.Line, scanner.Problem?.Kind, Encoding.UTF8.GetString(scanner.Record)));
        return records;
    }

    [GeneratedRegex("\r\n|\r|\n")]
    private static partial Regex LineBreak();
}
