using BlindSpot.Core;
using Microsoft.Data.Analysis;

namespace BlindSpot.Tests.Core;

/// <summary>A named query's rows read as records, by column name, with errors that name the query and the column.</summary>
public class FrameRowsTests
{
    private sealed record Row(string Intent, double Share, double? Mean, string? Note);

    private sealed record NeedsMore(string Intent, double MissingShare);

    private static DataFrame Frame(params (string Intent, long Share, double? Mean)[] rows) => new(
        new StringDataFrameColumn("intent", rows.Select(r => r.Intent)),
        new Int64DataFrameColumn("share", rows.Select(r => (long?)r.Share)),
        new DoubleDataFrameColumn("mean", rows.Select(r => r.Mean)),
        new StringDataFrameColumn("note", rows.Select(_ => (string?)null)),
        new StringDataFrameColumn("unused", rows.Select(_ => "x")));

    [Fact]
    public void Each_parameter_reads_its_snake_case_column_converting_counts_and_keeping_nulls_where_the_type_allows()
    {
        var rows = Frame(("billing", 3, 1.5), ("account_access", 0, null)).As<Row>("test query");
        Assert.Equal([new Row("billing", 3.0, 1.5, null), new Row("account_access", 0.0, null, null)], rows);
        Assert.Equal("failures_per_bot_turn_before_end", FrameRows.SnakeCase("FailuresPerBotTurnBeforeEnd"));
    }

    [Fact]
    public void A_missing_column_or_a_null_the_record_cannot_hold_names_the_query_and_the_column()
    {
        var missing = Assert.Throws<InvalidDataException>(() => Frame(("billing", 3, 1.5)).As<NeedsMore>("q"));
        Assert.Equal("q has no column 'missing_share' (NeedsMore needs it); it has intent, share, mean, note, unused.", missing.Message);

        var withoutMean = new DataFrame(new StringDataFrameColumn("intent", ["billing"]), new DoubleDataFrameColumn("share", [(double?)null]),
            new DoubleDataFrameColumn("mean", [1.0]), new StringDataFrameColumn("note", ["n"]));
        var error = Assert.Throws<InvalidDataException>(() => withoutMean.As<Row>("headline.sql reveal"));
        Assert.Equal("headline.sql reveal: column 'share' is NULL, which Row.Share cannot be.", error.Message);

        Assert.Equal("headline.sql x returned 2 rows, not one.",
            Assert.Throws<InvalidDataException>(() => Frame(("a", 1, 1), ("b", 2, 2)).Single<Row>("headline.sql x")).Message);
    }
}
