using BlindSpot.Core;
using BlindSpot.Sql;

namespace BlindSpot.Tests.Sql;

/// <summary>The users' own ratings check each outcome definition where there is no latent truth.</summary>
public class RatingsCheckTests
{
    [Fact]
    public void High_ratings_on_sessions_three_tier_calls_abandoned_contradict_it_with_the_figures()
    {
        using var folder = new TempFolder();
        new EndingsLog()
            .Add(40, null, rating: 5).Add(60, null)                          // silent endings, rated highly: three_tier says abandoned
            .Add(50, "handoff_requested", rating: 2).Add(50, "resolution_confirmed", rating: 4)
            .Write(folder.Path);
        using var sql = EndingsLog.Load(folder.Path, out _);

        var check = RatingsCheck.Of(sql);

        Assert.Equal((140L, 200L), (check.RatedSessions, check.Sessions));
        var contradiction = Assert.Single(check.Contradictions("three_tier"));
        Assert.Equal("100.0 % [91.2 %, 100.0 %] (40 of 40) of the rated sessions it calls abandoned are rated 4–5", contradiction);
        Assert.Empty(check.Contradictions("escalation_only"));
        var verdict = check.Verdict();
        Assert.StartsWith("140 of 200 sessions carry a rating (70.0 %); ratings are self-selected", verdict);
        Assert.Contains("Contradicted by the ratings: three_tier: 100.0 % [91.2 %, 100.0 %] (40 of 40) of the rated sessions it calls abandoned are rated 4–5.", verdict);
        Assert.Contains("escalation_only", verdict.Split('\n').Single(l => l.StartsWith("Not contradicted", StringComparison.Ordinal)));
    }

    [Fact]
    public void Low_ratings_on_sessions_a_definition_calls_resolved_contradict_it()
    {
        using var folder = new TempFolder();
        new EndingsLog().Add(40, null, rating: 1).Add(40, "handoff_requested").Add(40, "resolution_confirmed", rating: 5).Write(folder.Path);
        using var sql = EndingsLog.Load(folder.Path, out _);

        var check = RatingsCheck.Of(sql);

        // escalation_only calls the silent, badly rated sessions resolved: 40 of its 80 rated resolved sessions rated 1–2
        Assert.Equal(["50.0 % [39.3 %, 60.7 %] (40 of 80) of the rated sessions it calls resolved are rated 1–2"], check.Contradictions("escalation_only"));
        Assert.Empty(check.Contradictions("three_tier"));
        var resolved = check.Labels.Single(l => l.Definition == "escalation_only" && l.Outcome == "resolved");
        Assert.Equal(ShareInterval.Of(40, 80), resolved.Low);
        Assert.Equal(3.0, resolved.MeanRating, 12);
    }

    [Fact]
    public void Thirteen_of_twenty_abandoned_sessions_rated_highly_contradict_but_six_of_twenty_do_not()
    {
        RatingsCheck Check(int high) => RatingsCheck.From(new Microsoft.Data.Analysis.DataFrame(
            new Microsoft.Data.Analysis.StringDataFrameColumn("definition", ["three_tier"]), new Microsoft.Data.Analysis.StringDataFrameColumn("outcome", ["abandoned"]),
            new Microsoft.Data.Analysis.Int64DataFrameColumn("rated", [20L]), new Microsoft.Data.Analysis.DoubleDataFrameColumn("mean_rating", [3.0]),
            new Microsoft.Data.Analysis.DoubleDataFrameColumn("sd_rating", [1.0]), new Microsoft.Data.Analysis.Int64DataFrameColumn("rated_low", [20L - high]),
            new Microsoft.Data.Analysis.Int64DataFrameColumn("rated_high", [(long)high])), 20, 1006);

        Assert.Equal(["65.0 % [43.3 %, 81.9 %] (13 of 20) of the rated sessions it calls abandoned are rated 4–5"], Check(13).Contradictions("three_tier"));
        Assert.Empty(Check(6).Contradictions("three_tier")); // 30 % [14.5 %, 51.9 %]: could be a quarter by chance
    }

    [Fact]
    public void A_label_with_fewer_than_ten_rated_sessions_cannot_be_checked()
    {
        using var folder = new TempFolder();
        new EndingsLog().Add(9, null, rating: 5).Add(100, null).Add(40, "handoff_requested").Add(40, "resolution_confirmed").Write(folder.Path);
        using var sql = EndingsLog.Load(folder.Path, out _);

        var check = RatingsCheck.Of(sql);

        Assert.Empty(check.Contradictions("three_tier"));
        Assert.False(check.CanCheck("three_tier"));
        Assert.Contains("Too few rated sessions (fewer than 10 per label) to check: ", check.Verdict());
    }

    [Fact]
    public void The_wilson_interval_matches_its_formula()
    {
        var i = ShareInterval.Of(13, 20);
        Assert.Equal(0.65, i.Share, 12);
        Assert.Equal(0.4329, i.Low, 4);
        Assert.Equal(0.8188, i.High, 4);
        Assert.Equal((0.0, 0.1611), (ShareInterval.Of(0, 20).Low, Math.Round(ShareInterval.Of(0, 20).High, 4)));
    }
}
