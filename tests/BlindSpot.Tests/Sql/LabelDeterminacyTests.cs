using BlindSpot.Sql;

namespace BlindSpot.Tests.Sql;

/// <summary>
/// A definition's label is determined on a log only when most sessions carry an ending event and every class is big
/// enough to measure; a log without markers gets a range of failure shares, never one number.
/// </summary>
public class LabelDeterminacyTests
{
    [Fact]
    public void A_log_without_ending_events_determines_no_definition_and_its_failure_share_is_a_range()
    {
        using var folder = new TempFolder();
        new EndingsLog().Add(190, null).Add(10, "resolution_confirmed").Write(folder.Path);
        using var sql = EndingsLog.Load(folder.Path, out var findings);

        var threeTier = findings.Determinacy["three_tier"];
        Assert.Equal((200L, 190L, 10L, 0L, 190L), (threeTier.Sessions, threeTier.WithoutEndingEvent, threeTier.Resolved, threeTier.Escalated, threeTier.Abandoned));
        Assert.False(findings.IsDetermined);
        Assert.Equal("95.0 % of sessions carry no ending event (no handoff, resolution, user_left or session_timeout), so their label is the definition's " +
                     "default branch, not something the users did (at most 50 % allowed).", threeTier.Reason);
        Assert.All(findings.Determinacy.Values, d => Assert.False(d.IsDetermined));

        var range = findings.FailureRange!;
        Assert.False(range.Determined);
        Assert.Equal(0.0, range.Low, 12);      // escalation_only: nothing escalated
        Assert.Equal(0.95, range.High, 12);    // three_tier: every silent session "abandoned"
        Assert.StartsWith("Undetermined: no outcome definition's label is determined on this log; over all", range.Sentence);
        Assert.Contains("the failure share ranges from 0.0 % to 95.0 %", range.Sentence);
    }

    [Fact]
    public void A_borderline_log_with_40_percent_silent_endings_is_determined()
    {
        using var folder = new TempFolder();
        new EndingsLog().Add(120, null).Add(60, "handoff_requested").Add(60, "resolution_confirmed").Add(60, "user_left").Write(folder.Path);
        using var sql = EndingsLog.Load(folder.Path, out var findings);

        var threeTier = findings.Determinacy["three_tier"];
        Assert.Equal(0.4, threeTier.WithoutEndingEventShare, 12);
        Assert.True(threeTier.IsDetermined);
        Assert.True(findings.IsDetermined);
        Assert.True(findings.Determinacy["escalation_only"].IsDetermined);
        var range = findings.FailureRange!;
        Assert.True(range.Determined);
        Assert.Equal(0.2, range.Low, 12);      // escalation_only
        Assert.Equal(0.8, range.High, 12);     // three_tier: the silent ones abandoned too
    }

    [Fact]
    public void A_class_too_small_to_measure_makes_the_label_undetermined_with_its_size()
    {
        var d = new LabelDeterminacy("three_tier", Sessions: 400, WithoutEndingEvent: 40, Resolved: 200, Escalated: 6, Abandoned: 194);

        Assert.False(d.IsDetermined);
        Assert.Equal("escalated has 6 sessions (1.5 %): every class needs at least 30 sessions and 2 %.", d.Reason);
        Assert.True(new LabelDeterminacy("three_tier", 400, 40, 200, 30, 170).IsDetermined);
        Assert.Equal("escalated has 30 sessions (1.5 %): every class needs at least 30 sessions and 2 %.",
            new LabelDeterminacy("three_tier", 2000, 40, 1000, 30, 970).Reason);
    }

    [Fact]
    public void The_table_gives_each_definition_its_counts_and_its_reason()
    {
        var table = LabelDeterminacy.Table([new LabelDeterminacy("escalation_only", 100, 60, 90, 10, 0), new LabelDeterminacy("three_tier", 100, 10, 40, 30, 30)]);

        Assert.Equal(["definition", "sessions", "without an ending event", "resolved", "escalated", "abandoned", "failure share", "determined"],
            table.Columns.Select(c => c.Name));
        Assert.Equal("60.0 %", table["without an ending event"][0]);
        Assert.StartsWith("no: 60.0 % of sessions carry no ending event", (string)table["determined"][0]);
        Assert.Equal("yes", table["determined"][1]);
        Assert.Equal("60.0 %", table["failure share"][1]);
    }

    [Fact]
    public void The_reveal_of_an_undetermined_log_says_so_beside_each_share_and_ends_with_the_range()
    {
        using var folder = new TempFolder();
        new EndingsLog().Add(190, null).Add(10, "resolution_confirmed").Write(folder.Path);
        using var sql = EndingsLog.Load(folder.Path, out var findings);

        var table = RevealTable.Of(sql.Query("headline.sql", "reveal"), findings);

        Assert.Equal(["0.0 %", "95.0 %", "95.0 %", "undetermined (0.0 % to 95.0 % over all)"], table["share of sessions"].Cast<string>());
        Assert.Equal("no: 95.0 % without an ending event", table["determined on this log"][1]);
        Assert.Equal("escalation_only, quiet_success, three_tier, timeout_contained", table["determined on this log"][3]);
        Assert.StartsWith("On this log the reveal cannot be read as one number. The escalation_only label is not determined: 95.0 % of sessions",
            DeterminacyText.InsteadOfHeadline(findings));
    }
}
