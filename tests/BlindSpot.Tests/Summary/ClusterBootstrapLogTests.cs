using BlindSpot.Simulation;
using BlindSpot.Summary;
using DuckDB.NET.Data;

namespace BlindSpot.Tests.Summary;

/// <summary>A log whose turns carry conversation_id: its intervals draw conversations, not visits, and say so.</summary>
public class ClusterBootstrapLogTests
{
    [Fact]
    public void A_log_whose_visits_share_conversations_resamples_the_conversations()
    {
        using var folder = new TempFolder();
        var turns = DatasetWriter.Write(new SimulationOptions { Sessions = 300, Seed = 9 }, folder.Path).TurnsParquet;
        var withConversations = folder.File("turns-with-conversations.parquet");
        using (var db = new DuckDBConnection("DataSource=:memory:"))
        {
            db.Open();
            using var copy = db.CreateCommand();
            // three visits per conversation: session ids are numbered, so the conversation is the id's rank / 3
            copy.CommandText = $"COPY (SELECT t.*, 'conversation-' || (r.rank // 3)::VARCHAR AS conversation_id FROM read_parquet('{turns}') t " +
                               $"JOIN (SELECT session_id, dense_rank() OVER (ORDER BY session_id) - 1 AS rank FROM (SELECT DISTINCT session_id FROM read_parquet('{turns}'))) r USING (session_id)) " +
                               $"TO '{withConversations}' (FORMAT parquet)";
            copy.ExecuteNonQuery();
        }
        var bySession = SessionBootstrap.Of(turns, "three_tier", replicates: 200);
        var byConversation = SessionBootstrap.Of(withConversations, "three_tier", replicates: 200);

        Assert.Null(bySession.Clusters);
        Assert.InRange(byConversation.Clusters!.Value, 95, 100); // 300 sessions, less any the log sets aside as not engaged
        Assert.Equal(bySession.Point[SessionBootstrap.AbandonedShare], byConversation.Point[SessionBootstrap.AbandonedShare]);
        var cell = (string)LogBesideCaseStudy.Table(LogVerdictTests.Clear, byConversation)["interval_95"][1];
        Assert.Contains("conversations resampled (visits sharing a customer_id or conversation_id are drawn together)", cell);
    }
}
