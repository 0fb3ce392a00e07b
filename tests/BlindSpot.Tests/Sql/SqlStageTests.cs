using BlindSpot.Core;
using BlindSpot.Sql;

namespace BlindSpot.Tests.Sql;

/// <summary>The SQL stage runs the steps in the one order they depend on, with or without a latent truth.</summary>
public class SqlStageTests
{
    private static SqlSession LoadedDefaultLog()
    {
        var session = new SqlSession(SqlDirectory.At(RepoPaths.Of("sql")));
        session.LoadTurns(RepoPaths.Of("data", "turns.csv"));
        return session;
    }

    // A cell definition that reads session_features: it only works if the features are built before any outcomes.
    private const string TwoStrikes = """
        SELECT s.session_id, CASE WHEN s.terminal_event = 'handoff_requested' THEN 'escalated' WHEN s.terminal_event = 'resolution_confirmed'
        THEN 'resolved' WHEN f.n_failures >= 2 THEN 'abandoned' ELSE 'resolved' END AS outcome FROM session_terminal s JOIN session_features f USING (session_id)
        """;

    [Fact]
    public void A_cell_definition_reading_the_features_can_be_the_selected_one_and_every_definition_is_scored_against_the_truth()
    {
        using var session = LoadedDefaultLog();
        session.LoadTruth(DefaultTruth());
        var findings = SqlStage.Run(session, new SqlStageOptions
        {
            OutcomeDefinition = "two_strikes",
            CellDefinitions = new Dictionary<string, string> { ["two_strikes"] = TwoStrikes },
        }).Findings;

        Assert.Equal("two_strikes", findings.OutcomeDefinition);
        Assert.Equal(["assumed_resolution", "escalation_only", "no_return", "no_return_7d", "quiet_success", "three_tier", "timeout_contained", "two_strikes"], findings.ScoresVsTruth.Keys);
        Assert.Equal(1.0, findings.ResolvedShare + findings.EscalatedShare + findings.AbandonedShare, 1e-9);
        Assert.Equal(1250, session.Connection.Scalar<long>("SELECT count(*) FROM outcomes"));
    }

    [Fact]
    public void Without_a_latent_truth_the_headline_has_no_scores_and_the_shares_are_those_of_the_default_data()
    {
        using var session = LoadedDefaultLog();
        var run = SqlStage.Run(session, new SqlStageOptions());
        var findings = run.Findings;

        Assert.False(session.HasTruth);
        Assert.Empty(findings.ScoresVsTruth);
        Assert.Null(run.Tables.DefinitionsVsTruth);
        // the tables it hands on are headline.sql's queries as they stand after the stage, not to be run again
        Assert.Equal(session.Query("headline.sql", "reveal").ToString(), run.Tables.Reveal.ToString());
        Assert.Equal(session.Query("headline.sql", "failures_by_outcome").ToString(), run.Tables.FailuresByOutcome.ToString());
        Assert.Equal(findings.ObservedFailureShare, run.Tables.Reveal.Values<double>("observed_failure_share")[0]);
        Assert.Equal(0.273, findings.EscalatedShare, 0.02);
        Assert.Equal(0.313, findings.AbandonedShare, 0.02);
    }

    private static string DefaultTruth() => BlindSpot.Simulation.DefaultDataset.Ensure(RepoPaths.Of("data")).TruthParquet;
}
