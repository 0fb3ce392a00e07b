using BlindSpot.Core;
using BlindSpot.Simulation;
using BlindSpot.Sql;

namespace BlindSpot.Tests.Sql;

/// <summary>The headline SQL on the committed default data agrees with the simulator's own C# summary.</summary>
public class HeadlineTests
{
    private static readonly Lazy<SimulationSummary> Summary = new(() => SimulationSummary.Of(new SimulationOptions()));

    private static SqlSession DefaultData()
    {
        var session = new SqlSession(SqlDirectory.At(RepoPaths.Of("sql")));
        session.LoadTurns(RepoPaths.Of("data", "turns.csv"));
        SqlStage.Run(session, new SqlStageOptions { OutcomeDefinition = "three_tier" });
        return session;
    }

    [Fact]
    public void Three_tier_shares_and_the_reveal_equal_the_calibration()
    {
        using var session = DefaultData();
        var shares = session.Query("headline.sql", "outcome_shares");
        var row = Enumerable.Range(0, (int)shares.Rows.Count).Single(i => (string)shares["definition"][i] == "three_tier");
        Assert.Equal(Summary.Value.Share(Outcome.Resolved), (double)shares["resolved"][row], 1e-12);
        Assert.Equal(Summary.Value.Share(Outcome.Escalated), (double)shares["escalated"][row], 1e-12);
        Assert.Equal(Summary.Value.Share(Outcome.Abandoned), (double)shares["abandoned"][row], 1e-12);

        var reveal = session.Query("headline.sql", "reveal");
        Assert.Equal(Summary.Value.Share(Outcome.Escalated), (double)reveal["escalation_only_failure_share"][0], 1e-12);
        Assert.Equal(1 - Summary.Value.Share(Outcome.Resolved), (double)reveal["observed_failure_share"][0], 1e-12);
    }

    [Fact]
    public void Failures_by_outcome_equal_the_calibration()
    {
        using var session = DefaultData();
        var table = session.Query("headline.sql", "failures_by_outcome");
        var byOutcome = Enumerable.Range(0, (int)table.Rows.Count).ToDictionary(i => (string)table["outcome"][i], i => (double)table["mean_failures"][i]);
        Assert.Equal(Summary.Value.MeanFailures(Outcome.Escalated), byOutcome["escalated"], 1e-12);
        Assert.Equal(Summary.Value.MeanFailures(Outcome.Abandoned), byOutcome["abandoned"], 1e-12);
    }

    [Fact]
    public void Billing_and_technical_support_accumulate_failures_fastest()
    {
        using var session = DefaultData();
        var table = session.Query("headline.sql", "failures_by_intent");
        Assert.Equal(["billing", "technical_support"], new[] { (string)table["intent"][0], (string)table["intent"][1] }.Order());
    }

    [Fact]
    public void Definitions_are_scored_against_the_latent_truth()
    {
        using var folder = new TempFolder();
        var dataset = DatasetWriter.Write(new SimulationOptions(), folder.Path);
        using var session = new SqlSession(SqlDirectory.At(RepoPaths.Of("sql")));
        session.LoadTurns(dataset.TurnsParquet);
        session.LoadTruth(dataset.TruthParquet);
        session.AllOutcomeLabels();

        var scores = session.Query("headline.sql", "definitions_vs_truth");
        var recall = Enumerable.Range(0, (int)scores.Rows.Count).ToDictionary(i => (string)scores["definition"][i], i => (double)scores["failure_recall"][i]);

        Assert.Equal(1.0, recall["three_tier"], 1e-12); // every true failure ends in a handoff or a silent ending
        Assert.True(recall["escalation_only"] < 0.6, $"escalation_only recall {recall["escalation_only"]:F3}");
        Assert.Equal(Summary.Value.LatentFailureShare, (double)scores["latent_failure_share"][0], 1e-12);
    }
}
