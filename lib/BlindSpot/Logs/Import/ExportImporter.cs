using BlindSpot.Core;
using DuckDB.NET.Data;

namespace BlindSpot.Logs;

/// <summary>
/// <c>blindspot import</c>: a chat platform's export (one table, or one file per conversation) → a turn log in the
/// contract, as Parquet. Messages are ordered by time, then by their order in the export; the platform's own signals
/// are applied (<see cref="ConversationMapper"/>); each conversation is split into visits (<see cref="VisitSplitter"/>),
/// each visit a session of the log, numbered from 1; ids become keyed pseudonyms (<see cref="Pseudonyms"/>); columns the
/// export lacks are derived (<see cref="SessionDerivation"/>) and named in the file's metadata (<see cref="DerivedKey"/>,
/// <see cref="SignalsKey"/>, <see cref="SummaryKey"/>). Ratings go to <see cref="RatingsFileName"/> beside the log. A
/// conversation with a row that cannot be mapped, and a file that cannot be read, is set aside whole with the reason.
/// The export itself is only read.
/// </summary>
public static class ExportImporter
{
    /// <summary>The Parquet key-value metadata entry listing the derived columns (comma-separated).</summary>
    public const string DerivedKey = "blindspot_derived";

    /// <summary>The metadata entry listing the columns the platform's own signals set (comma-separated).</summary>
    public const string SignalsKey = "blindspot_signals";

    /// <summary>The metadata entry holding the import's summary (<see cref="ImportSummary"/> as JSON).</summary>
    public const string SummaryKey = "blindspot_import";

    public const string RejectedFileName = "rejected_conversations.csv";

    /// <summary>The ratings the export's signals carried, one row per rating, beside the turn log.</summary>
    public const string RatingsFileName = "ratings.parquet";

    /// <summary>Columns the import adds to the contract's (extra columns, carried through by every reader).</summary>
    public static readonly IReadOnlyList<TurnLogColumn> ExtraColumns =
    [
        new("conversation_id", "VARCHAR", "the conversation the visit belongs to (a pseudonym unless --keep-ids)"),
        new("customer_id", "VARCHAR", "the customer, where the export names one (a pseudonym unless --keep-ids); NULL otherwise"),
        new("visit", "INTEGER", "the visit's number within its conversation, from 1"),
        new("language", "VARCHAR", "user turns: the language guessed from the text (ISO 639-1, und when it cannot be told); NULL otherwise"),
    ];

    /// <param name="duckDb">The DuckDB database file and memory limit to work with (default: memory); a file it creates is deleted after.</param>
    /// <param name="ids">How ids are written: pseudonyms under a key, or as they are (default, for the library's own tests; the command pseudonymises by default).</param>
    public static ImportReport Import(string source, ImportMapping mapping, string output, string? quarantineDirectory = null, DuckDbOptions? duckDb = null,
                                      Pseudonyms? ids = null)
    {
        ids ??= Pseudonyms.KeepIds;
        if (File.Exists(output) || Directory.Exists(output)) throw new IOException($"{output} exists: give a new file name (nothing is written over).");
        // Beside the log, named as the user named it (messages show paths as given, never where they ran).
        var ratingsPath = Path.Combine(Path.GetDirectoryName(output) is { Length: > 0 } given ? given : ".", RatingsFileName);
        var folder = Path.GetDirectoryName(ratingsPath)!;
        foreach (var beside in HandoffSchema.Tables.Select(t => t.FileName).Prepend(RatingsFileName).Select(f => Path.Combine(folder, f)).Where(File.Exists))
            throw new IOException($"{beside} exists: the ratings and the human leg go beside the new turn log, so give it a folder of its own (nothing is written over).");
        if (quarantineDirectory is not null && File.Exists(Path.Combine(quarantineDirectory, RejectedFileName)))
            throw new IOException($"{Path.Combine(quarantineDirectory, RejectedFileName)} exists: give the quarantine a new or empty folder (nothing is written over).");
        var setBySignals = ColumnsSetBySignals(mapping);
        var derived = ImportMapping.MappableColumns.Where(c => c is not ("ts" or "speaker" or "text") && !mapping.Columns.ContainsKey(c)).ToHashSet();
        using var scope = DuckDbScope.Open(duckDb);
        var db = scope.Connection;
        db.Execute("CREATE OR REPLACE TABLE imported (session_id VARCHAR, turn_index INTEGER, ts TIMESTAMP, speaker VARCHAR, intent VARCHAR, text VARCHAR, " +
                   "sentiment DOUBLE, bot_failure BOOLEAN, event VARCHAR, conversation_id VARCHAR, customer_id VARCHAR, visit INTEGER, language VARCHAR)");
        db.Execute("CREATE OR REPLACE TABLE imported_ratings (session_id VARCHAR, conversation_id VARCHAR, customer_id VARCHAR, ts TIMESTAMP, rating DOUBLE, " +
                   "scale INTEGER, csat DOUBLE)");
        var rejected = new List<(string Session, string Where, string Reason)>();
        var tally = new ImportTally();
        var mapper = new ConversationMapper(mapping);
        var humanLeg = new ExportHumanLeg(db);
        using (var appender = db.CreateAppender("imported"))
        using (var ratings = db.CreateAppender("imported_ratings"))
        using (humanLeg)
        {
            foreach (var conversation in ExportReader.Conversations(db, source, mapping, n => tally.IgnoredFiles = n,
                         (file, reason) => rejected.Add((file, file, reason))))
            {
                var (messages, problems) = mapper.Map(conversation);
                if (problems.Count > 0)
                {
                    rejected.AddRange(problems.Select(p => (conversation.SessionId, p.Where, p.Reason)));
                    continue;
                }
                var conversationId = ids.Conversation(conversation.SessionId);
                var customerId = string.IsNullOrWhiteSpace(conversation.Customer) ? null : ids.Customer(conversation.Customer);
                var visits = VisitSplitter.Split(messages, mapping.VisitGap);
                tally.Conversation(customerId);
                for (var v = 0; v < visits.Count; v++)
                {
                    var sessionId = visits.Count == 1 ? conversationId : $"{conversationId}-v{v + 1}";
                    var turns = visits[v].Where(m => m.Rating is null).ToList();
                    foreach (var rated in visits[v].Where(m => m.Rating is not null))
                    {
                        AppendRating(ratings, sessionId, conversationId, customerId, rated);
                        tally.Rating(rated.Rating!.Value, rated.RatingScale!.Value);
                    }
                    if (turns.Count == 0) continue;
                    EndAtTheEnd(turns);
                    foreach (var t in turns.Where(t => t.Speaker == "user")) t.Language = MessageLanguage.Of(t.Text);
                    SessionDerivation.Derive(turns, derived);
                    var agentStart = ExportHumanLeg.AgentSideStart(turns);
                    Append(appender, sessionId, conversationId, customerId, v + 1, turns.Take(agentStart).ToList());
                    humanLeg.Add(sessionId, turns, agentStart, visits[v].LastOrDefault(m => m.Rating is not null) is { } last ? Csat(last) : null);
                    tally.Visit(turns);
                }
            }
        }
        var summary = tally.Summary(mapping, mapper.SignalCounts, ids.KeepsIds);
        Write(db, output, derived, setBySignals, summary);
        if (summary.Ratings > 0) WriteRatings(db, ratingsPath);
        var writesHumanLeg = tally.AgentMessages > 0 || summary.Ratings > 0;
        if (writesHumanLeg) ExportHumanLeg.Write(db, folder);
        var rejectedBy = rejected.GroupBy(r => r.Session).SelectMany(g => g.Select(r => Reason(r.Reason)).Distinct())
            .GroupBy(r => r).ToDictionary(g => g.Key, g => (long)g.Count());
        var quarantine = quarantineDirectory is null || rejected.Count == 0 ? null : WriteRejected(rejected, quarantineDirectory);
        return new ImportReport(source, output, tally.Sessions, tally.Messages, rejected.Select(r => r.Session).Distinct().LongCount(), rejectedBy,
            [.. derived.Order(StringComparer.Ordinal)], tally.UserMessages, tally.SentimentUnknown, tally.IgnoredFiles, quarantine)
        {
            Summary = summary,
            RatingsFile = summary.Ratings > 0 ? ratingsPath : null,
            HumanLeg = writesHumanLeg ? new ImportedHumanLeg(folder, humanLeg.Handoffs, humanLeg.AgentTurns, humanLeg.Surveys, humanLeg.ReExplained) : null,
        };
    }

    /// <summary>The contract columns the mapping's signal rules can set.</summary>
    private static List<string> ColumnsSetBySignals(ImportMapping mapping) =>
        [.. new[] { ("event", mapping.Signals.Any(s => s.Event is not null) || mapping.Events.Count > 0), ("intent", mapping.Signals.Any(s => s.Intent is not null)),
                    ("rating", mapping.Signals.Any(s => s.Rating is not null)) }.Where(c => c.Item2).Select(c => c.Item1)];

    /// <summary>The rule part of a reason ("unreadable timestamp: '…'" → "unreadable timestamp").</summary>
    private static string Reason(string reason) => reason.Split(':')[0];

    /// <summary>
    /// Rows after the user left or timed out within one visit can only be the bot's, the system's or an agent's (a user
    /// message there starts a new visit): the visit then ends at its last row, which carries the ending event instead.
    /// </summary>
    private static void EndAtTheEnd(List<ExportMessage> turns)
    {
        var end = turns.FindIndex(t => t.Event is not null && TurnLogSchema.EndingEvents.Contains(t.Event));
        if (end < 0 || end == turns.Count - 1) return;
        var ending = turns[end].Event;
        turns[end].Event = null;
        if (turns[^1].Event is null) turns[^1].Event = ending;
    }

    private static void Append(DuckDBAppender appender, string sessionId, string conversationId, string? customerId, int visit, IReadOnlyList<ExportMessage> turns)
    {
        for (var i = 0; i < turns.Count; i++)
        {
            var t = turns[i];
            var row = appender.CreateRow().AppendValue(sessionId).AppendValue(i + 1).AppendValue(t.Ts).AppendValue(t.Speaker)
                .AppendValue(t.Intent).AppendValue(t.Text);
            row = t.Sentiment is { } s ? row.AppendValue(s) : row.AppendNullValue();
            row = t.BotFailure is { } b ? row.AppendValue(b) : row.AppendNullValue();
            row.AppendValue(t.Event).AppendValue(conversationId).AppendValue(customerId).AppendValue(visit).AppendValue(t.Language).EndRow();
        }
    }

    /// <summary>A rating on its own scale (1 to <c>scale</c>) put on CSAT's 1–5 scale, as surveys.parquet and the summary count it.</summary>
    public static double Csat(double rating, int scale) => 1 + (rating - 1) * 4 / (scale - 1);

    private static double Csat(ExportMessage rated) => Csat(rated.Rating!.Value, rated.RatingScale!.Value);

    private static void AppendRating(DuckDBAppender appender, string sessionId, string conversationId, string? customerId, ExportMessage rated)
    {
        var (rating, scale) = (rated.Rating!.Value, rated.RatingScale!.Value);
        appender.CreateRow().AppendValue(sessionId).AppendValue(conversationId).AppendValue(customerId).AppendValue(rated.Ts)
            .AppendValue(rating).AppendValue(scale).AppendValue(Csat(rated)).EndRow();
    }

    private static void Write(DuckDBConnection db, string output, IReadOnlySet<string> derived, IReadOnlyList<string> signals, ImportSummary summary)
    {
        var partial = output + ".partial";
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        var metadata = $"{DerivedKey}: {DuckDb.Literal(string.Join(",", derived.Order(StringComparer.Ordinal)))}, " +
                       $"{SignalsKey}: {DuckDb.Literal(string.Join(",", signals))}, {SummaryKey}: {DuckDb.Literal(summary.ToJson())}";
        db.Execute($"COPY (SELECT * FROM imported ORDER BY session_id, turn_index) TO {DuckDb.Literal(partial)} " +
                   $"(FORMAT parquet, COMPRESSION zstd, KV_METADATA {{{metadata}}})");
        File.Move(partial, output);
    }

    private static void WriteRatings(DuckDBConnection db, string path)
    {
        var partial = path + ".partial";
        db.Execute($"COPY (SELECT * FROM imported_ratings ORDER BY session_id, ts) TO {DuckDb.Literal(partial)} (FORMAT parquet, COMPRESSION zstd)");
        File.Move(partial, path);
    }

    private static string WriteRejected(List<(string Session, string Where, string Reason)> rejected, string directory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, RejectedFileName);
        using var writer = new StreamWriter(new FileStream(path, FileMode.CreateNew, FileAccess.Write));
        writer.WriteLine("session_id,where,reason");
        foreach (var (session, where, reason) in rejected)
            writer.WriteLine(string.Join(",", new[] { session, where, reason }.Select(Csv)));
        return path;
    }

    private static string Csv(string value) => value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;

    /// <summary>The derived columns a turn log's Parquet file names in its metadata (none for any other file).</summary>
    public static IReadOnlyList<string> DerivedColumnsOf(string turnLog) => ListOf(turnLog, DerivedKey);

    /// <summary>The columns the platform's own signals set, as a turn log's Parquet file names them (none for any other file).</summary>
    public static IReadOnlyList<string> SignalColumnsOf(string turnLog) => ListOf(turnLog, SignalsKey);

    /// <summary>The import's summary a turn log's Parquet file holds; null for a log that was not imported.</summary>
    public static ImportSummary? SummaryOf(string turnLog) =>
        Metadata(turnLog, SummaryKey) is { Length: > 0 } json ? ImportSummary.FromJson(json) : null;

    private static IReadOnlyList<string> ListOf(string turnLog, string key) =>
        Metadata(turnLog, key) is { Length: > 0 } s ? s.Split(',') : [];

    private static string? Metadata(string turnLog, string key)
    {
        if (!turnLog.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase) || !File.Exists(turnLog)) return null;
        using var db = DuckDb.OpenInMemory();
        return db.Scalar<object?>($"SELECT decode(value) FROM parquet_kv_metadata({DuckDbPath.Literal(turnLog)}) WHERE decode(key) = {DuckDb.Literal(key)}") as string;
    }
}
