using BlindSpot.Core;
using BlindSpot.Handoff;
using BlindSpot.Logs;
using BlindSpot.Simulation;
using BlindSpot.Sql;

namespace BlindSpot.Tests.Handoff;

public class CasePacketTests
{
    private static readonly DateTime T0 = new(2026, 3, 2, 9, 0, 0);

    private static TurnRow Row(int i, string speaker, string text, double? sentiment = null, bool? failed = null, string? evt = null) =>
        new("S1", i, T0.AddSeconds(10 * i), speaker, speaker == "user" ? "billing" : null, text, sentiment, failed, evt);

    /// <summary>A hand-made escalation: three failures, a falling sentiment, an invoice and an order number.</summary>
    public static List<TurnRow> Escalation(string userText = "I was charged twice for INV-12345 & order #654321.") =>
    [
        Row(1, "bot", "Hi! How can I help?", failed: false),
        Row(2, "user", userText, 0.1),
        Row(3, "bot", "Sorry, I didn't understand that.", failed: true),
        Row(4, "user", "That's not what I asked.", -0.1),
        Row(5, "bot", "Here is the \"Billing FAQ\".", failed: true),
        Row(6, "user", "I tried that, it didn't work.", -0.35),
        Row(7, "bot", "Something went wrong.", failed: true),
        Row(8, "user", "Agent.", -0.5, evt: "handoff_requested"),
        Row(9, "system", "Transferring you to a human agent."),
        Row(10, "agent", "Hi, Dana here.", evt: "agent_joined"),
    ];

    [Fact]
    public void Identifiers_come_from_the_customers_own_messages_never_from_the_bots()
    {
        var rows = Escalation();
        rows[4] = rows[4] with { Text = "I've found invoice INV-99999 and refunded order #111111." };
        Assert.Equal([new CaseIdentifier("invoice", "INV-12345"), new CaseIdentifier("order", "#654321")], CasePacket.Build(rows).Identifiers);
    }

    [Fact]
    public void The_packet_carries_what_the_bot_knew_at_the_handoff()
    {
        var p = CasePacket.Build(Escalation());
        Assert.Equal(8, p.Thread!.Count); // up to the handoff request: the agent's own turns are not part of it
        Assert.Equal([new CaseIdentifier("invoice", "INV-12345"), new CaseIdentifier("order", "#654321")], p.Identifiers);
        Assert.Equal([3, 5, 7], p.BotActions!.Select(a => a.TurnIndex));
        Assert.All(p.BotActions!, a => Assert.True(a.Failed));
        Assert.Equal("repeated_failures", p.EscalationReason!.Primary);
        Assert.Equal(["repeated_failures", "falling_sentiment", "explicit_request"], p.EscalationReason.Reasons);
        Assert.Equal([0.1, -0.1, -0.35, -0.5], p.Sentiment!.Trajectory);
        Assert.Equal(("falling", -0.225), (p.Sentiment.Trend, Math.Round(p.Sentiment.Velocity!.Value, 6)));
        Assert.Contains("The assistant answered 3 times, 3 of them failed; the customer asked for a human at turn 8.", p.Summary);
        Assert.Equal(6, p.Evidence!.Count);
    }

    [Fact]
    public void A_log_without_a_greeting_keeps_the_bots_first_answer_as_something_it_tried()
    {
        var noGreeting = Escalation().Skip(1).ToList(); // starts with the user's message; the first bot turn is a failed answer
        var p = CasePacket.Build(noGreeting);

        Assert.Equal([3, 5, 7], p.BotActions!.Select(a => a.TurnIndex));
        Assert.Contains("The assistant answered 3 times, 3 of them failed", p.Summary);

        var greetingOnly = new List<TurnRow> { Row(1, "bot", "Hello!", failed: false), Row(2, "user", "Agent please.", -0.2, evt: "handoff_requested") };
        Assert.Empty(CasePacket.Build(greetingOnly).BotActions!);
    }

    [Fact]
    public void Untrusted_text_is_escaped_in_the_card()
    {
        var nasty = "<script>alert(\"x\")</script> Tom & Jerry's <img src=x onerror=alert(1)> INV-99999";
        var html = CasePacket.Build(Escalation(nasty)).ToHtml();
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Tom &amp; Jerry&#39;s &lt;img src=x onerror=alert(1)&gt;", html);
        Assert.Contains("Here is the &quot;Billing FAQ&quot;.", html);
        Assert.Contains("invoice: INV-99999", html);
    }

    [Fact]
    public void A_very_long_message_is_cut_in_the_card_but_kept_whole_in_the_json()
    {
        var longText = string.Concat(Enumerable.Repeat("abc & <i>", 5000)) + "<script>tail</script>";
        var p = CasePacket.Build(Escalation(longText));
        var html = p.ToHtml();
        Assert.Contains("more characters]", html);
        Assert.DoesNotContain("tail", html);
        Assert.DoesNotContain("<i>", html);
        Assert.True(html.Length < 30_000, $"{html.Length} characters");
        Assert.Equal(longText, CasePacket.FromJson(p.ToJson()).Thread![1].Text);
    }

    [Fact]
    public void A_bare_packet_says_what_is_missing()
    {
        var p = CasePacket.Build(Escalation(), fields: PacketFields.None);
        Assert.Empty(p.FieldsIncluded);
        Assert.Null(p.Thread);
        var html = p.ToHtml();
        Assert.Equal(7, html.Split("not provided").Length - 1);
        Assert.Contains("the agent enters cold", html);
        Assert.Contains("\"thread\": null", p.ToJson());
    }

    [Fact]
    public void Json_round_trips_for_every_completeness()
    {
        foreach (var fields in new[] { PacketFields.None, PacketLevels.Fields("partial"), PacketFields.All })
        {
            var p = CasePacket.Build(Escalation("Quote \" backslash \\ newline\n emoji 🙂 <tag>"), fields: fields);
            var back = CasePacket.FromJson(p.ToJson());
            Assert.True(p.SameAs(back));
            Assert.Equal(p.ToJson(), back.ToJson());
            Assert.Equal(p.Thread?.Select(m => m.Text), back.Thread?.Select(m => m.Text));
            Assert.Equal(p.FieldsIncluded, back.FieldsIncluded);
        }
    }

    [Fact]
    public void Json_shape_is_pinned_by_a_golden_file()
    {
        var json = CasePacket.Build(Escalation()).ToJson();
        var path = RepoPaths.Of("tests", "BlindSpot.Tests", "Handoff", "golden_packet.json");
        // After a deliberate change of the shape (and of Handoff/README.md), regenerate with BLINDSPOT_UPDATE_GOLDEN=1.
        if (Environment.GetEnvironmentVariable("BLINDSPOT_UPDATE_GOLDEN") == "1") File.WriteAllText(path, json + "\n");
        var golden = File.ReadAllText(path).Replace("\r\n", "\n");
        Assert.Equal(golden.TrimEnd('\n'), json);
    }

    [Fact]
    public void Signals_from_session_features_drive_the_reason()
    {
        var calm = new PacketSignals(Failures: 0, LongestFailureRun: 0, FirstSentiment: 0.2, LastSentiment: 0.2, MinSentiment: 0.2, SentimentVelocity: 0);
        var p = CasePacket.Build(Escalation(), calm);
        Assert.Equal("explicit_request", p.EscalationReason!.Primary);
        Assert.Equal(["explicit_request"], p.EscalationReason.Reasons);
        Assert.Equal("flat", p.Sentiment!.Trend);
    }

    [Fact]
    public void Loading_a_packet_reads_session_features_and_says_so_when_they_were_never_built()
    {
        using var folder = new TempFolder();
        var dataset = DatasetWriter.Write(new SimulationOptions { Seed = 9, Sessions = 60 }, folder.Path);
        using var sql = new SqlSession(SqlDirectory.At(RepoPaths.Of("sql")));
        sql.LoadTurns(dataset.TurnsParquet);
        var id = sql.Connection.Scalar<string>("SELECT min(session_id) FROM turns WHERE event = 'handoff_requested'");

        var error = Assert.Throws<InvalidOperationException>(() => CasePacket.Load(sql, id));
        Assert.Equal("A case packet reads the session's signals from table session_features: run session_features.sql on this session first.", error.Message);

        sql.Execute("session_features.sql");
        var packet = CasePacket.Load(sql, id);
        var lowest = sql.Connection.Scalar<double>("SELECT min_sentiment FROM session_features WHERE session_id = ?", id);
        Assert.Equal(lowest, packet.Sentiment!.Min);
    }
}
