using BlindSpot.Core;
using BlindSpot.Logs;

namespace BlindSpot.Tests.Logs;

/// <summary>A table export with its own names and epoch timestamps; what cannot be mapped is set aside with the reason; bad mappings are named.</summary>
public class ImportMappingTests
{
    private const string Table = """
        conversation_id,sent_at,role,body
        c-1,1767261600000,customer,my parcel never arrived
        c-1,1767261605000,assistant,"Sorry, I didn't understand that."
        c-1,1767261630000,customer,that's not what I asked. Agent please
        c-1,1767261700000,staff,"Hi, Jo here. Let me look."
        c-2,1767262000000,customer,hello
        c-2,1767262003000,robot,Hi there
        c-3,not a time,customer,hello?
        """;

    private const string Mapping = """
        { "layout": "table", "session": { "column": "conversation_id" },
          "columns": { "ts": "sent_at", "speaker": "role", "text": "body" },
          "speakers": { "customer": "user", "assistant": "bot", "staff": "agent" } }
        """;

    [Fact]
    public void A_table_imports_with_its_own_names_and_a_conversation_that_cannot_be_mapped_is_set_aside_with_the_reason()
    {
        using var dir = new TempFolder();
        File.WriteAllText(dir.File("export.csv"), Table);
        File.WriteAllText(dir.File("map.json"), Mapping);

        var report = ExportImporter.Import(dir.File("export.csv"), ImportMapping.Read(dir.File("map.json")), dir.File("out/turns.parquet"), dir.File("quarantine"));

        Assert.Equal(1, report.Sessions);
        Assert.Equal(4, report.Messages);
        Assert.Equal(2, report.RejectedSessions);
        Assert.Equal(new Dictionary<string, long> { ["unmapped sender type"] = 1, ["unreadable timestamp"] = 1 }, report.RejectedBy);
        Assert.Equal("""
            session_id,where,reason
            c-2,export.csv row 6,"unmapped sender type: 'robot' (add it, or ""*"", to speakers)"
            c-3,export.csv row 7,unreadable timestamp: 'not a time'
            """.ReplaceLineEndings("\n") + "\n", File.ReadAllText(dir.File("quarantine/rejected_conversations.csv")).ReplaceLineEndings("\n"));

        using var db = DuckDb.OpenInMemory();
        using var command = db.CreateCommand($"SELECT turn_index, strftime(ts, '%Y-%m-%d %H:%M:%S'), speaker, intent, bot_failure, event FROM read_parquet({DuckDb.Literal(dir.File("out/turns.parquet"))}) ORDER BY turn_index");
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add(string.Join("|", Enumerable.Range(0, 6).Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(["1|2026-01-01 10:00:00|user|unknown||", "2|2026-01-01 10:00:05|bot||True|", "3|2026-01-01 10:00:30|user|unknown||handoff_requested",
                      "4|2026-01-01 10:01:40|agent|||agent_joined"], rows);
    }

    [Fact]
    public void A_mapping_with_problems_names_every_one()
    {
        using var dir = new TempFolder();
        File.WriteAllText(dir.File("map.json"), """{ "layout": "tabel", "columns": { "ts": "t", "speaker": "s", "mood": "m" }, "speakers": { "x": "customer" }, "events": { "left": "(" } }""");

        var error = Assert.Throws<InvalidDataException>(() => ImportMapping.Read(dir.File("map.json")));

        Assert.Equal($"{dir.File("map.json")}: layout must be \"table\" or \"file-per-conversation\", not \"tabel\"; columns.text is missing; " +
                     "columns.mood is not a column of the contract (ts, speaker, text, intent, sentiment, bot_failure, event); " +
                     "speakers.x is \"customer\", not one of user, bot, agent, system; " +
                     "events.left is not an event of the contract (handoff_requested, agent_joined, resolution_confirmed, user_left, session_timeout); " +
                     "events.left is not a valid pattern: (.", error.Message);
    }

    [Fact]
    public void Signals_markers_and_null_members_are_checked_with_where_they_stand()
    {
        using var dir = new TempFolder();
        File.WriteAllText(dir.File("map.json"), """
            { "layout": "table", "session": { "column": "c", "gapMinutes": -5, "newVisitOn": [ { "column": "Data", "event": "user_left" } ] },
              "columns": { "ts": "t", "speaker": "s", "text": "m" }, "speakers": { "web": null },
              "signals": [ { "column": "Data", "json": "payload", "event": "handoff_requested", "intent": "x" },
                           { "json": "rating", "rating": "rating" },
                           { "column": "Data", "json": "p", "matches": "^(a+)+$", "event": "hung_up" },
                           null ] }
            """);

        var error = Assert.Throws<InvalidDataException>(() => ImportMapping.Read(dir.File("map.json")));

        Assert.Equal($"{dir.File("map.json")}: speakers.web is null; session.gapMinutes must be 0 (no split) or a number of minutes, not -5; " +
                     "signals[0] needs exactly one of event, rating, intent (it has 2); " +
                     "signals[1].column is missing: the export's column the rule reads; " +
                     "signals[1].scale must be the rating's top value, 2–100 (e.g. 5 for CSAT 1–5, 2 for thumbs down/up as 1/2); " +
                     "signals[2].event is \"hung_up\", not an event of the contract (handoff_requested, agent_joined, resolution_confirmed, user_left, session_timeout); " +
                     "signals[3] is null; session.newVisitOn[0] marks a new visit and takes no event, rating or intent.", error.Message);
    }

    [Fact]
    public void A_member_given_twice_is_an_error()
    {
        using var dir = new TempFolder();
        File.WriteAllText(dir.File("map.json"), """{ "layout": "table", "layout": "table", "session": { "column": "c" }, "columns": { "ts": "t", "speaker": "s", "text": "m" } }""");

        var error = Assert.Throws<InvalidDataException>(() => ImportMapping.Read(dir.File("map.json")));

        Assert.Contains("is not a mapping", error.Message);
        Assert.Contains("layout", error.Message);
    }

    [Fact]
    public void A_nested_quantifier_in_a_users_pattern_cannot_hang_the_match()
    {
        var pattern = UserPattern.Compile("signals[0].matches", "^(a+)+$");

        Assert.False(pattern.IsMatch(new string('a', 40_000) + "!"));
        Assert.True(pattern.IsMatch(new string('a', 40_000)));
    }
}
