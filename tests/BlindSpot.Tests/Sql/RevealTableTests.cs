using BlindSpot.Display;
using BlindSpot.Sql;
using Microsoft.Data.Analysis;

namespace BlindSpot.Tests.Sql;

public class RevealTableTests
{
    [Fact]
    public void The_reveal_reads_as_labelled_shares_without_raw_column_names_or_row_numbers()
    {
        var reveal = new DataFrame(new DoubleDataFrameColumn("escalation_only_failure_share", [0.2768]),
            new DoubleDataFrameColumn("observed_failure_share", [0.5912]), new DoubleDataFrameColumn("hidden_abandonment_share", [0.3144]));

        var table = RevealTable.Of(reveal);

        Assert.Equal("""
            measured                                                            share of sessions
            failing, as an escalation-only dashboard counts it (escalated)      27.7 %           
            failing, as the three-tier view counts it (escalated or abandoned)  59.1 %           
            the difference: left silently (abandoned)                           31.4 %           
            """.ReplaceLineEndings("\n"), DataFrameHtml.Text(table));
        var html = DataFrameHtml.Html(table);
        Assert.DoesNotContain("_share", html);
        Assert.StartsWith("<table class=\"dataframe\">\n<thead><tr><th style=\"text-align: left\">measured</th>", html);
        Assert.Contains("<tr><td style=\"text-align: left\">failing, as an escalation-only", html);
    }
}
