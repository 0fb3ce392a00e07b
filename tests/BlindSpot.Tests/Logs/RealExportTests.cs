using System.Text;
using BlindSpot.Core;
using BlindSpot.Logs;

namespace BlindSpot.Tests.Logs;

/// <summary>
/// A small webchat export written for these tests with the traits of a deployed assistant's: a JSON Data column with a
/// button's payload and a satisfaction form, system rows when an agent joins, a greeting nobody answered, a conversation
/// that comes back after hours, a "start over" button, a re-shown menu, names and e-mail addresses in file names, and
/// file names with the characters DuckDB's readers take for patterns.
/// </summary>
public class RealExportTests
{
    private const string Mapping = """
        { "layout": "file-per-conversation",
          "session": { "fromFileName": "^(.*)--WEBCHAT\\.csv$", "gapMinutes": 30,
                       "newVisitOn": [ { "column": "Data", "json": "payload", "matches": "^/restart$" } ] },
          "customer": { "fromFileName": "^[^-]+ - ([^ ]+@[^ ]+) - " },
          "columns": { "ts": "Time in GMT", "speaker": "Sender type", "text": "Message" },
          "speakers": { "web": "user", "bot": "bot", "dashboard": "agent", "*": "system" },
          "events": { "user_left": "^The user closed the chat" },
          "signals": [
            { "column": "Data", "json": "payload", "matches": "^/live_agent$", "event": "handoff_requested" },
            { "column": "Message", "speaker": "system", "matches": "is talking to you\\.$", "event": "agent_joined" },
            { "column": "Data", "json": "intent_name", "matches": "^_csat_form_submit$", "rating": "rating", "scale": 5 },
            { "column": "Data", "json": "intent_name", "matches": "^(billing|order_status|ask .*)$", "intent": "$1" }
          ] }
        """;

    private const string Menu = "Hi! I'm Ava. What can I help you with?";
    private const string MenuData = """{"buttons": [{"title": "Billing", "payload": "/billing"}, {"title": "Talk to a person", "payload": "/live_agent"}]}""";

    private static readonly Dictionary<string, string[]> Files = new()
    {
        // a greeting nobody answered: one visit, not engaged
        ["Visitor 10231 - 2024-03-01 09.00.00--WEBCHAT.csv"] =
        [
            Row("bot", "2024-03-01T09:00:00Z", Menu, MenuData),
        ],
        // asks for a person by button; an agent joins; rates 4 twenty minutes later
        ["Maria López - maria.lopez@example.com - 2024-03-01 10.00.00--WEBCHAT.csv"] =
        [
            Row("bot", "2024-03-01T10:00:00Z", Menu, MenuData),
            Row("web", "2024-03-01T10:00:10Z", "Billing", """{"payload": "/billing"}"""),
            Row("bot", "2024-03-01T10:00:11Z", "What is your question about billing?", ""),
            Row("web", "2024-03-01T10:00:40Z", "I was charged twice for my plan", """{"intent_name": "billing", "confidence": 0.91}"""),
            Row("bot", "2024-03-01T10:00:41Z", "You can see your invoices under Account > Billing.", ""),
            Row("bot", "2024-03-01T10:00:42Z", Menu, MenuData),
            Row("web", "2024-03-01T10:01:00Z", "Talk to a person", """{"payload": "/live_agent"}"""),
            Row("bot", "2024-03-01T10:01:01Z", "Connecting you to our team, please hold on.", ""),
            Row("system", "2024-03-01T10:05:00Z", "Anna is talking to you.", ""),
            Row("dashboard", "2024-03-01T10:05:30Z", "Hi, I'm Anna. Let me look at the double charge.", ""),
            Row("dashboard", "2024-03-01T10:09:00Z", "I have refunded the second charge; it shows in 3-5 days.", ""),
            Row("system", "2024-03-01T10:10:00Z", "Anna left the conversation.", ""),
            Row("web", "2024-03-01T10:30:00Z", "4", """{"intent_name": "_csat_form_submit", "rating": 4, "comment": ""}"""),
        ],
        // two visits a day apart, then "start over" without a silence: three visits; a re-shown menu and a late greeting
        ["Zoë Chen - zoe.chen@example.org - 2024-03-02 08.00.00--WEBCHAT.csv"] =
        [
            Row("bot", "2024-03-02T08:00:00Z", Menu, MenuData),
            Row("web", "2024-03-02T08:00:20Z", "where is my order A-1234567", """{"intent_name": "order_status", "confidence": 0.88}"""),
            Row("bot", "2024-03-02T08:00:21Z", "Your order A-1234567 shipped yesterday.", ""),
            Row("bot", "2024-03-02T08:00:22Z", Menu, MenuData),
            Row("system", "2024-03-02T08:40:00Z", "The user closed the chat.", ""),
            Row("bot", "2024-03-03T09:00:00Z", Menu, MenuData),
            Row("web", "2024-03-03T09:00:30Z", "我的订单还没到", """{"intent_name": "nlu_fallback", "confidence": 0.2}"""),
            Row("bot", "2024-03-03T09:00:31Z", "Sorry, I didn't get that. Could you rephrase?", ""),
            Row("web", "2024-03-03T09:01:00Z", "Start over", """{"payload": "/restart"}"""),
            Row("bot", "2024-03-03T09:01:01Z", Menu, MenuData),
            Row("web", "2024-03-03T09:01:20Z", "Billing", """{"payload": "/billing"}"""),
            Row("bot", "2024-03-03T09:01:21Z", "What is your question about billing?", ""),
            Row("web", "2024-03-03T09:02:00Z", "please write to me", """{"intent_name": "ask zoe.chen@example.org"}"""),
        ],
    };

    private static string Row(string sender, string ts, string message, string data) =>
        string.Join(",", sender, sender == "web" ? "Customer" : sender, ts, Quote(message), Quote(data));

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"") + "\"";

    private static string WriteExport(TempFolder dir, IReadOnlyDictionary<string, string[]>? extra = null)
    {
        var export = Directory.CreateDirectory(dir.File("export")).FullName;
        foreach (var (name, rows) in Files.Concat(extra ?? new Dictionary<string, string[]>()))
            File.WriteAllText(Path.Combine(export, name), "Sender type,Sender name,Time in GMT,Message,Data\n" + string.Join("\n", rows) + "\n", new UTF8Encoding(false));
        File.WriteAllText(dir.File("map.json"), Mapping);
        return export;
    }

    private static readonly byte[] Key = Encoding.ASCII.GetBytes("a test key of thirty-two bytes!!");

    [Fact]
    public void Conversations_become_visits_and_a_greeting_nobody_answered_is_not_engaged()
    {
        using var dir = new TempFolder();
        var export = WriteExport(dir);

        var report = ExportImporter.Import(export, ImportMapping.Read(dir.File("map.json")), dir.File("out/turns.parquet"), ids: Pseudonyms.With(Key));

        var s = report.Summary!;
        Assert.Equal((3L, 5L, 1L), (s.Conversations, s.Visits, s.NotEngaged));
        Assert.Equal(0, report.RejectedSessions);
        using var db = DuckDb.OpenInMemory();
        db.Execute($"CREATE TABLE t AS SELECT * FROM read_parquet({DuckDb.Literal(dir.File("out/turns.parquet"))})");
        // Zoë's conversation: closed the chat (visit 1, the menu before it stays there), came back a day later (visit 2, with the
        // greeting that opened it), started over (visit 3)
        var zoe = db.Query("SELECT visit, count(*) AS rows, max(event) AS event FROM t WHERE conversation_id = " +
                           $"{DuckDb.Literal(Pseudonyms.With(Key).Conversation("Zoë Chen - zoe.chen@example.org - 2024-03-02 08.00.00"))} GROUP BY visit ORDER BY visit");
        Assert.Equal([1, 2, 3], zoe["visit"].Cast<int>());
        Assert.Equal([5L, 3L, 5L], zoe["rows"].Cast<long>());
        Assert.Equal("user_left", zoe["event"][0]);
    }

    [Fact]
    public void The_platforms_signals_win_and_the_rating_reaches_the_ratings_file()
    {
        using var dir = new TempFolder();
        var export = WriteExport(dir);

        var report = ExportImporter.Import(export, ImportMapping.Read(dir.File("map.json")), dir.File("out/turns.parquet"), ids: Pseudonyms.With(Key));

        Assert.Equal([1L, 1L, 1L, 3L], report.Summary!.Signals.Select(x => x.Rows));
        using var db = DuckDb.OpenInMemory();
        db.Execute($"CREATE TABLE t AS SELECT * FROM read_parquet({DuckDb.Literal(dir.File("out/turns.parquet"))})");
        var maria = Pseudonyms.With(Key).Conversation("Maria López - maria.lopez@example.com - 2024-03-01 10.00.00");
        var events = db.Query($"SELECT text, event FROM t WHERE conversation_id = {DuckDb.Literal(maria)} AND event IS NOT NULL ORDER BY turn_index");
        Assert.Equal(["Talk to a person", "Anna is talking to you."], events["text"].Cast<string>());
        Assert.Equal(["handoff_requested", "agent_joined"], events["event"].Cast<string>());
        // the menu re-shown after the bot's own answer is not a failure; the fallback is
        Assert.Equal(0, db.Scalar<long>($"SELECT count(*) FROM t WHERE text = {DuckDb.Literal(Menu)} AND bot_failure"));
        Assert.Equal(1, db.Scalar<long>("SELECT count(*) FROM t WHERE text LIKE 'Sorry, I didn''t get that%' AND bot_failure"));
        Assert.Equal("billing", db.Scalar<string>($"SELECT intent FROM t WHERE text = 'I was charged twice for my plan'"));
        Assert.Equal("ask [email]", db.Scalar<string>("SELECT intent FROM t WHERE text = 'please write to me'"));
        Assert.Equal("zh", db.Scalar<string>("SELECT language FROM t WHERE text = '我的订单还没到'"));
        Assert.True(db.Scalar<bool>("SELECT sentiment IS NULL FROM t WHERE text = '我的订单还没到'"));
        // the rating is not a turn: it rates Maria's visit
        Assert.Equal(0, db.Scalar<long>("SELECT count(*) FROM t WHERE text = '4'"));
        var rating = db.Query($"SELECT session_id, rating, scale, csat FROM read_parquet({DuckDb.Literal(report.RatingsFile!)})");
        Assert.Equal(maria, rating["session_id"][0]);
        Assert.Equal((4.0, 5, 4.0), ((double)rating["rating"][0]!, (int)rating["scale"][0]!, (double)rating["csat"][0]!));
    }

    [Fact]
    public void Names_and_email_addresses_in_file_names_reach_no_derived_file_and_the_same_key_gives_the_same_pseudonyms()
    {
        using var dir = new TempFolder();
        var export = WriteExport(dir);

        ExportImporter.Import(export, ImportMapping.Read(dir.File("map.json")), dir.File("a/turns.parquet"), ids: Pseudonyms.With(Key));
        ExportImporter.Import(export, ImportMapping.Read(dir.File("map.json")), dir.File("b/turns.parquet"), ids: Pseudonyms.With(Key));

        using var db = DuckDb.OpenInMemory();
        foreach (var file in new[] { "a/turns.parquet", "a/ratings.parquet" })
        {
            var everything = db.Scalar<string>($"SELECT string_agg(CAST(COLUMNS(*) AS VARCHAR), '|') FROM read_parquet({DuckDb.Literal(dir.File(file))})");
            foreach (var secret in new[] { "maria.lopez@example.com", "López", "zoe.chen", "Zoë", "Visitor 10231" })
                Assert.DoesNotContain(secret, everything);
        }
        Assert.Equal(
            db.Query($"SELECT DISTINCT session_id, customer_id FROM read_parquet({DuckDb.Literal(dir.File("a/turns.parquet"))}) ORDER BY 1").ToString(),
            db.Query($"SELECT DISTINCT session_id, customer_id FROM read_parquet({DuckDb.Literal(dir.File("b/turns.parquet"))}) ORDER BY 1").ToString());
        Assert.Equal(2, db.Scalar<long>($"SELECT count(DISTINCT customer_id) FROM read_parquet({DuckDb.Literal(dir.File("a/turns.parquet"))})"));
    }

    [Theory]
    [InlineData("[c]onv001")]
    [InlineData("*")]
    [InlineData("conv?1")]
    [InlineData("conv[1]")]
    public void A_file_whose_name_holds_a_pattern_character_is_read_as_itself(string id)
    {
        using var dir = new TempFolder();
        var own = new Dictionary<string, string[]>
        {
            [$"{id}--WEBCHAT.csv"] = [Row("bot", "2024-03-05T10:00:00Z", Menu, MenuData), Row("web", "2024-03-05T10:00:05Z", "only mine", "")],
            ["conv001--WEBCHAT.csv"] = [Row("web", "2024-03-05T11:00:00Z", "not mine", "")],
            ["conv11--WEBCHAT.csv"] = [Row("web", "2024-03-05T11:00:00Z", "not mine either", "")],
        };
        var export = WriteExport(dir, own);

        var report = ExportImporter.Import(export, ImportMapping.Read(dir.File("map.json")), dir.File("out/turns.parquet"));

        Assert.Equal(6, report.Summary!.Conversations);
        using var db = DuckDb.OpenInMemory();
        var texts = db.Query($"SELECT text FROM read_parquet({DuckDb.Literal(dir.File("out/turns.parquet"))}) WHERE session_id = {DuckDb.Literal(id)} ORDER BY turn_index");
        Assert.Equal([Menu, "only mine"], texts["text"].Cast<string>());
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_set_aside_with_its_reason_and_the_others_go_on()
    {
        using var dir = new TempFolder();
        var export = WriteExport(dir);
        File.WriteAllBytes(Path.Combine(export, "empty--WEBCHAT.csv"), []);
        File.WriteAllBytes(Path.Combine(export, "latin1--WEBCHAT.csv"),
            [.. Encoding.ASCII.GetBytes("Sender type,Sender name,Time in GMT,Message,Data\nweb,C,2024-03-05T10:00:00Z,caf"), 0xE9, .. "\n"u8]);
        File.WriteAllText(Path.Combine(export, "headeronly--WEBCHAT.csv"), "Sender type,Sender name,Time in GMT,Message,Data\n");
        File.WriteAllText(Path.Combine(export, "nocolumn--WEBCHAT.csv"), "Sender,Time,Message\nweb,2024-03-05T10:00:00Z,hi\n");

        var report = ExportImporter.Import(export, ImportMapping.Read(dir.File("map.json")), dir.File("out/turns.parquet"), dir.File("q"));

        Assert.Equal(3, report.Summary!.Conversations);
        Assert.Equal(4, report.RejectedSessions);
        var rejected = File.ReadAllText(dir.File("q/" + ExportImporter.RejectedFileName));
        Assert.Contains("empty--WEBCHAT.csv,empty--WEBCHAT.csv,an empty file (0 bytes)", rejected);
        Assert.Contains("latin1--WEBCHAT.csv,latin1--WEBCHAT.csv,could not be read as CSV", rejected);
        Assert.Contains("no messages (a header and no rows)", rejected);
        Assert.Contains("nocolumn--WEBCHAT.csv,nocolumn--WEBCHAT.csv,\"no column \"\"Time in GMT\"\", \"\"Sender type\"\", \"\"Data\"\"", rejected);
    }

    [Theory]
    [InlineData("_bs_row")]
    [InlineData("_bs_file")]
    public void An_export_column_named_like_one_the_reader_adds_is_read_as_the_exports(string name)
    {
        using var dir = new TempFolder();
        Directory.CreateDirectory(dir.File("export"));
        File.WriteAllText(dir.File("export/a--WEBCHAT.csv"), $"Sender type,Time in GMT,{name}\nweb,2024-03-05T10:00:00Z,first\nbot,2024-03-05T10:00:01Z,second\n");
        File.WriteAllText(dir.File("table.csv"), $"id,Sender type,Time in GMT,{name}\nA,web,2024-03-05T10:00:00Z,first\nA,bot,2024-03-05T10:00:01Z,second\n");
        File.WriteAllText(dir.File("files.json"), $$"""{ "layout": "file-per-conversation", "session": { "fromFileName": "^(.*)--WEBCHAT\\.csv$" }, "columns": { "ts": "Time in GMT", "speaker": "Sender type", "text": "{{name}}" }, "speakers": { "web": "user", "bot": "bot" } }""");
        File.WriteAllText(dir.File("table.json"), $$"""{ "layout": "table", "session": { "column": "id" }, "columns": { "ts": "Time in GMT", "speaker": "Sender type", "text": "{{name}}" }, "speakers": { "web": "user", "bot": "bot" } }""");

        ExportImporter.Import(dir.File("export"), ImportMapping.Read(dir.File("files.json")), dir.File("f/turns.parquet"));
        ExportImporter.Import(dir.File("table.csv"), ImportMapping.Read(dir.File("table.json")), dir.File("t/turns.parquet"));

        using var db = DuckDb.OpenInMemory();
        foreach (var log in new[] { "f/turns.parquet", "t/turns.parquet" })
            Assert.Equal(["first", "second"], db.Query($"SELECT text FROM read_parquet({DuckDb.Literal(dir.File(log))}) ORDER BY turn_index")["text"].Cast<string>());
    }

    [Theory]
    [InlineData("windows-1252")]
    [InlineData("utf-16")]
    public void A_file_in_the_encoding_the_mapping_names_is_read_and_one_that_does_not_decode_is_set_aside(string encoding)
    {
        using var dir = new TempFolder();
        Directory.CreateDirectory(dir.File("export"));
        var text = "Sender type,Time in GMT,Message\nweb,2024-03-05T10:00:00Z,Café – “déjà vu” 20 €\nbot,2024-03-05T10:00:01Z,Merci\n";
        File.WriteAllBytes(dir.File("export/a--WEBCHAT.csv"), ExportEncoding.Of(encoding).GetPreamble().Concat(ExportEncoding.Of(encoding).GetBytes(text)).ToArray());
        // a file cut after a stray byte: an odd number of bytes is not UTF-16
        File.WriteAllBytes(dir.File("export/b--WEBCHAT.csv"), [.. ExportEncoding.Of(encoding).GetBytes("Sender type,Time in GMT,Message\n"), 0x81]);
        File.WriteAllText(dir.File("map.json"), $$"""{ "layout": "file-per-conversation", "encoding": "{{encoding}}", "session": { "fromFileName": "^(.*)--WEBCHAT\\.csv$" }, "columns": { "ts": "Time in GMT", "speaker": "Sender type", "text": "Message" }, "speakers": { "web": "user", "bot": "bot" } }""");

        var report = ExportImporter.Import(dir.File("export"), ImportMapping.Read(dir.File("map.json")), dir.File("log/turns.parquet"), dir.File("q"));

        using var db = DuckDb.OpenInMemory();
        Assert.Equal("Café – “déjà vu” 20 €", db.Scalar<string>($"SELECT text FROM read_parquet({DuckDb.Literal(dir.File("log/turns.parquet"))}) WHERE turn_index = 1"));
        Assert.Equal(1, report.RejectedSessions);
        var rejected = File.ReadAllText(dir.File($"q/{ExportImporter.RejectedFileName}"));
        // a stray byte decodes in Windows-1252 (as U+0081) and the cut row then fails as CSV; in UTF-16 it does not decode at all
        Assert.Contains(encoding == "utf-16" ? $"b--WEBCHAT.csv,b--WEBCHAT.csv,does not decode as {encoding}" : "b--WEBCHAT.csv,b--WEBCHAT.csv,could not be read as CSV", rejected);
    }
}
