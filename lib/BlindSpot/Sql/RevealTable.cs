using BlindSpot.Core;
using Microsoft.Data.Analysis;

namespace BlindSpot.Sql;

/// <summary>headline.sql's <c>reveal</c> query as a reader reads it: each share of sessions with what it measures.</summary>
public static class RevealTable
{
    public static DataFrame Of(DataFrame reveal)
    {
        var rows = new (string Measured, string Column)[]
        {
            ("failing, as an escalation-only dashboard counts it (escalated)", "escalation_only_failure_share"),
            ("failing, as the three-tier view counts it (escalated or abandoned)", "observed_failure_share"),
            ("the difference: left silently (abandoned)", "hidden_abandonment_share"),
        };
        return new DataFrame(
            new StringDataFrameColumn("measured", rows.Select(r => r.Measured)),
            new StringDataFrameColumn("share of sessions", rows.Select(r => NumberText.Percent(reveal.Values<double>(r.Column)[0]))));
    }
}
