using System.Text;
using BlindSpot.Core;
using BlindSpot.Logs;
using BlindSpot.Simulation.Export;

namespace BlindSpot.Tests.Logs;

/// <summary>
/// The synthetic webchat export (<see cref="WebchatFixture"/>: greeting-only files, multi-day files, JSON payloads,
/// ratings, agent notices, repeated menus, Chinese and other languages, names and e-mails in file names) imported with
/// its documented mapping: every visit, handoff payload and rating the generator planted is found, and no name or
/// e-mail address of a file name reaches a derived file.
/// </summary>
public class FixtureExportImportTests
{
    private static readonly byte[] Key = Encoding.ASCII.GetBytes("another test key, 32 bytes long");

    [Fact]
    public void Every_planted_visit_handoff_and_rating_is_found_and_no_file_name_reaches_the_log()
    {
        using var dir = new TempFolder();
        var truth = WebchatFixture.Write(new WebchatFixtureOptions { Conversations = 400, Seed = 11 }, dir.File("fixture"));
        var export = dir.File("fixture/export");
        var before = Directory.GetFiles(export).ToDictionary(f => f, f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));

        var report = ExportImporter.Import(export, ImportMapping.Read(dir.File("fixture/mapping.json")), dir.File("log/turns.parquet"),
            dir.File("quarantine"), ids: Pseudonyms.With(Key));

        var s = report.Summary!;
        var t = truth.Totals;
        Assert.Equal(0, report.RejectedSessions);
        Assert.Equal((t.Conversations, t.Visits, t.EngagedVisits), ((int)s.Conversations, (int)s.Visits, (int)s.Engaged));
        Assert.Equal([t.LiveAgentPayloads, t.HumanHandoffIntents, t.AgentJoined, t.Ratings], s.Signals.Take(5).Where((_, i) => i != 3).Select(x => (int)x.Rows));
        Assert.Equal(t.RatingValues, s.RatingsByCsat.Select(r => (int)r.Ratings));
        Assert.Equal(t.KnownCustomers, (int)s.Customers);
        Assert.Equal(t.UserMessagesByLanguage["zh"], s.Languages.Single(l => l.Language == "zh").UserMessages);
        Assert.Equal(s.Languages.Single(l => l.Language == "zh").UserMessages, s.Languages.Single(l => l.Language == "zh").SentimentUnknown);
        Assert.All(before, f => Assert.Equal(f.Value, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f.Key)))));

        using var db = DuckDb.OpenInMemory();
        Assert.Equal(t.Ratings, db.Scalar<long>($"SELECT count(*) FROM read_parquet({DuckDb.Literal(report.RatingsFile!)})"));
        var secrets = truth.Files.Select(f => f.Customer).OfType<string>()
            .Concat(truth.Files.Select(f => f.File.Split(" - ")[0]).Where(n => !n.StartsWith("Visitor", StringComparison.Ordinal))).Distinct().ToList();
        Assert.True(secrets.Count > 100);
        foreach (var file in new[] { dir.File("log/turns.parquet"), report.RatingsFile! })
        {
            var ids = db.Scalar<string>($"SELECT string_agg(DISTINCT concat_ws('|', session_id, conversation_id, customer_id), '\n') FROM read_parquet({DuckDb.Literal(file)})");
            Assert.DoesNotContain(secrets, secret => ids.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void The_human_leg_of_the_export_is_written_beside_the_log_and_passes_the_human_legs_rules()
    {
        using var dir = new TempFolder();
        var truth = WebchatFixture.Write(new WebchatFixtureOptions { Conversations = 300, Seed = 5 }, dir.File("fixture"));

        var report = ExportImporter.Import(dir.File("fixture/export"), ImportMapping.Read(dir.File("fixture/mapping.json")), dir.File("log/turns.parquet"),
            ids: Pseudonyms.With(Key));

        using var sql = new BlindSpot.Sql.SqlSession(BlindSpot.Sql.SqlDirectory.At(RepoPaths.Of("sql")));
        sql.LoadTurns(dir.File("log/turns.parquet"));
        var reports = BlindSpot.Handoff.HandoffData.Load(sql, HandoffFiles.In(dir.File("log")));
        Assert.All(reports, r => Assert.True(r.IsValid, r.ToString()));
        var escalated = sql.Connection.Scalar<long>("SELECT count(*) FROM session_terminal WHERE terminal_event = 'handoff_requested'");
        Assert.Equal(escalated, report.HumanLeg!.Handoffs);
        Assert.Equal(escalated, sql.Connection.Scalar<long>("SELECT count(*) FROM handoffs"));
        // every agent message of the export is kept: on the bot side (the one that joined) or in agent_turns
        var agentMessages = sql.Connection.Scalar<long>($"SELECT count(*) FROM read_csv({DuckDb.Literal(dir.File("fixture/export") + "/*.csv")}, all_varchar = true, header = true) WHERE \"Sender type\" = 'dashboard'");
        Assert.True(agentMessages > 0);
        Assert.Equal(agentMessages, sql.Connection.Scalar<long>("SELECT (SELECT count(*) FROM turns WHERE speaker = 'agent') + (SELECT count(*) FROM agent_turns WHERE speaker = 'agent')"));
        Assert.True(sql.Connection.Scalar<long>("SELECT count(*) FROM handoffs WHERE first_useful_reply_seconds > first_reply_seconds") > 0);
        Assert.Equal(0, sql.Connection.Scalar<long>("SELECT count(*) FROM handoffs WHERE packet_level IS NOT NULL OR recovery_minutes IS NOT NULL"));
        // re-explanation is derived from the customer's words: most of what the generator planted is found, and not more
        var reExplained = sql.Connection.Scalar<long>("SELECT count(*) FROM handoffs WHERE re_explained");
        Assert.InRange(reExplained, 0.7 * truth.Totals.ReExplanations, 1.05 * truth.Totals.ReExplanations);
        Assert.Equal(sql.Connection.Scalar<long>($"SELECT count(DISTINCT r.session_id) FROM read_parquet({DuckDb.Literal(report.RatingsFile!)}) r " +
                                                 "JOIN session_terminal t USING (session_id) WHERE t.terminal_event IN ('handoff_requested', 'resolution_confirmed')"),
            sql.Connection.Scalar<long>("SELECT count(*) FROM surveys"));
    }
}
