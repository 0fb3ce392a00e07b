using BlindSpot.Core;
using Microsoft.Data.Analysis;

namespace BlindSpot.Sql;

/// <summary>headline.sql's <c>reveal</c> query as a reader reads it: each share of sessions with what it measures.</summary>
public static class RevealTable
{
    public static DataFrame Of(DataFrame reveal)
    {
        var rows = Rows(reveal);
        return new DataFrame(
            new StringDataFrameColumn("measured", rows.Select(r => r.Measured)),
            new StringDataFrameColumn("share of sessions", rows.Select(r => r.Share)));
    }

    /// <summary>
    /// The reveal on a log without a latent truth: each share says whether its definition's label is determined on this
    /// log, and a last row gives the failure share as the range over the determined definitions (<see cref="FailureShareRange"/>).
    /// </summary>
    public static DataFrame Of(DataFrame reveal, OutcomeFindings findings)
    {
        if (findings.FailureRange is not { } range) return Of(reveal);
        string Determined(string definition) => findings.Determinacy.TryGetValue(definition, out var d) && !d.IsDetermined ? "no: " + d.ShortReason : "yes";
        var rows = Rows(reveal);
        var determined = new[] { Determined("escalation_only"), Determined("three_tier"), Determined("three_tier") };
        return new DataFrame(
            new StringDataFrameColumn("measured", [.. rows.Select(r => r.Measured), "failing, over the definitions this log determines"]),
            new StringDataFrameColumn("share of sessions", [.. rows.Select(r => r.Share), range.Determined ? range.Text : "undetermined (" + range.Text + " over all)"]),
            new StringDataFrameColumn("determined on this log", [.. determined, string.Join(", ", range.Definitions)]));
    }

    private static (string Measured, string Share)[] Rows(DataFrame reveal) =>
    [
        ("failing, as an escalation-only dashboard counts it (escalated)", NumberText.Percent(reveal.Values<double>("escalation_only_failure_share")[0])),
        ("failing, as the three-tier view counts it (escalated or abandoned)", NumberText.Percent(reveal.Values<double>("observed_failure_share")[0])),
        ("the difference: left silently (abandoned)", NumberText.Percent(reveal.Values<double>("hidden_abandonment_share")[0])),
    ];
}
