using BlindSpot.Sql;

namespace BlindSpot.Tests.Sql;

/// <summary>The users' returns check the definitions that do not read returns themselves.</summary>
public class ReturnsCheckTests
{
    [Fact]
    public void Silent_sessions_that_come_back_contradict_a_definition_that_calls_them_resolved()
    {
        using var folder = new TempFolder();
        new EndingsLog().AddComingBack(80, null).Add(20, null).Add(40, "handoff_requested").Add(20, "resolution_confirmed").Write(folder.Path);
        using var sql = EndingsLog.Load(folder.Path, out _);
        Assert.True(sql.HasReturnKeys);

        var check = ReturnsCheck.Of(sql);

        // escalation_only calls resolved the 100 silent sessions, the 20 confirmed ones and the 80 second visits (the tail
        // session ends the log, so it cannot show a return and is not counted)
        var resolved = check.Labels.Single(l => l.Definition == "escalation_only" && l.Outcome == "resolved");
        Assert.Equal((200L, 80L), (resolved.Observable, resolved.Returned));
        Assert.Equal(["40.0 % [33.5 %, 46.9 %] (80 of 200) of the sessions it calls resolved came back within 24 hours"], check.Contradictions("escalation_only"));
        Assert.Empty(check.Contradictions("three_tier")); // its resolved are the confirmed ones and the second visits: none came back
        Assert.Equal(["assumed_resolution", "no_return", "no_return_7d"], check.ReadReturns);
        Assert.DoesNotContain(check.Labels, l => l.Definition == "no_return");
        var verdict = check.Verdict();
        Assert.StartsWith("240 sessions ended at least 24 hours before the log's end and could show a return", verdict);
        Assert.Contains("Not checked against returns, since their label reads returns itself: assumed_resolution, no_return, no_return_7d.", verdict);
    }

    [Fact]
    public void A_log_without_ids_shows_no_return_and_the_notebook_says_neither_signal_is_there()
    {
        using var folder = new TempFolder();
        new EndingsLog().Add(50, null).Add(50, "handoff_requested").Write(folder.Path);
        using var sql = EndingsLog.Load(folder.Path, out _);

        Assert.False(sql.HasReturnKeys);
        Assert.Equal("This log has neither ratings (no ratings.parquet beside it) nor returns (no conversation_id or customer_id): " +
                     "no definition can be checked against the users' own signals on it.", UsersSignals.Verdict(null, null, simulated: false));
    }
}
