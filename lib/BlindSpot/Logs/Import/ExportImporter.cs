using BlindSpot.Core;
using DuckDB.NET.Data;

namespace BlindSpot.Logs;

/// <summary>
/// <c>blindspot import</c>: a chat platform's export (one table, or one file per conversation) → a turn log in the
/// contract, as Parquet. Messages are ordered by time, then by their order in the export, and numbered; sender types
/// become speakers; columns the export lacks are derived (<see cref="SessionDerivation"/>) and named in the file's
/// metadata (<see cref="DerivedKey"/>). A conversation with a message that cannot be mapped is set aside whole, with
/// the reason, as <c>validate</c> does. The export itself is only read.
/// </summary>
public static class ExportImporter
{
    /// <summary>The Parquet key-value metadata entry listing the derived columns (comma-separated).</summary>
    public const string DerivedKey = "blindspot_derived";

    public const string RejectedFileName = "rejected_conversations.csv";

    /// <param name="duckDb">The DuckDB database file and memory limit to work with (default: memory); a file it creates is deleted after.</param>
    public static ImportReport Import(string source, ImportMapping mapping, string output, string? quarantineDirectory = null, DuckDbOptions? duckDb = null)
    {
        if (File.Exists(output) || Directory.Exists(output)) throw new IOException($"{output} exists: give a new file name (nothing is written over).");
        var derived = ImportMapping.MappableColumns.Where(c => c is not ("ts" or "speaker" or "text") && !mapping.Columns.ContainsKey(c)).ToHashSet();
        using var scope = DuckDbScope.Open(duckDb);
        var db = scope.Connection;
        db.Execute("CREATE OR REPLACE TABLE imported (session_id VARCHAR, turn_index INTEGER, ts TIMESTAMP, speaker VARCHAR, intent VARCHAR, text VARCHAR, " +
                   "sentiment DOUBLE, bot_failure BOOLEAN, event VARCHAR)");
        var rejected = new List<(string Session, string Where, string Reason)>();
        long sessions = 0, messages = 0, userMessages = 0, unknownSentiment = 0, ignored = 0;
        using (var appender = db.CreateAppender("imported"))
        {
            foreach (var conversation in ExportReader.Conversations(db, source, mapping, n => ignored = n))
            {
                var (turns, problems) = Map(conversation, mapping);
                if (problems.Count > 0)
                {
                    rejected.AddRange(problems.Select(p => (conversation.SessionId, p.Where, p.Reason)));
                    continue;
                }
                SessionDerivation.Derive(turns, mapping, derived);
                Append(appender, turns);
                sessions++;
                messages += turns.Count;
                userMessages += turns.Count(t => t.Speaker == "user");
                unknownSentiment += turns.Count(t => t.Speaker == "user" && t.Sentiment is null);
            }
        }
        Write(db, output, derived);
        var rejectedBy = rejected.GroupBy(r => r.Session).SelectMany(g => g.Select(r => Reason(r.Reason)).Distinct())
            .GroupBy(r => r).ToDictionary(g => g.Key, g => (long)g.Count());
        var quarantine = quarantineDirectory is null || rejected.Count == 0 ? null : WriteRejected(rejected, quarantineDirectory);
        return new ImportReport(source, output, sessions, messages, rejected.Select(r => r.Session).Distinct().LongCount(), rejectedBy,
            [.. derived.Order(StringComparer.Ordinal)], userMessages, unknownSentiment, ignored, quarantine);
    }

    /// <summary>The rule part of a reason ("unreadable timestamp: '…'" → "unreadable timestamp").</summary>
    private static string Reason(string reason) => reason.Split(':')[0];

    private static (List<ExportMessage> Turns, List<(string Where, string Reason)> Problems) Map(ExportConversation conversation, ImportMapping mapping)
    {
        var turns = new List<ExportMessage>();
        var problems = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(conversation.SessionId)) problems.Add((conversation.Where(0), "no conversation id"));
        for (var i = 0; i < conversation.Rows.Count; i++)
        {
            var row = conversation.Rows[i];
            var ts = ExportTimestamps.Parse(row.Ts);
            var speaker = mapping.SpeakerOf(row.Sender);
            if (ts is null) problems.Add((conversation.Where(i), $"unreadable timestamp: '{row.Ts}'"));
            if (speaker is null) problems.Add((conversation.Where(i), $"unmapped sender type: '{row.Sender}' (add it, or \"*\", to speakers)"));
            if (ts is null || speaker is null) continue;
            var message = new ExportMessage
            {
                SessionId = conversation.SessionId, Order = i, Ts = ts.Value, Speaker = speaker, Text = row.Text ?? "",
                Intent = row.Intent, Event = row.Event,
            };
            if (row.Sentiment is not null)
            {
                if (double.TryParse(row.Sentiment, System.Globalization.CultureInfo.InvariantCulture, out var s)) message.Sentiment = s;
                else problems.Add((conversation.Where(i), $"sentiment is not a number: '{row.Sentiment}'"));
            }
            if (row.BotFailure is not null)
            {
                if (bool.TryParse(row.BotFailure, out var b)) message.BotFailure = b;
                else problems.Add((conversation.Where(i), $"bot_failure is not true or false: '{row.BotFailure}'"));
            }
            turns.Add(message);
        }
        return ([.. turns.OrderBy(t => t.Ts).ThenBy(t => t.Order)], problems);
    }

    private static void Append(DuckDBAppender appender, IReadOnlyList<ExportMessage> turns)
    {
        for (var i = 0; i < turns.Count; i++)
        {
            var t = turns[i];
            var row = appender.CreateRow().AppendValue(t.SessionId).AppendValue(i + 1).AppendValue(t.Ts).AppendValue(t.Speaker)
                .AppendValue(t.Intent).AppendValue(t.Text);
            row = t.Sentiment is { } s ? row.AppendValue(s) : row.AppendNullValue();
            row = t.BotFailure is { } b ? row.AppendValue(b) : row.AppendNullValue();
            row.AppendValue(t.Event).EndRow();
        }
    }

    private static void Write(DuckDBConnection db, string output, IReadOnlySet<string> derived)
    {
        var partial = output + ".partial";
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        var metadata = DuckDb.Literal(string.Join(",", derived.Order(StringComparer.Ordinal)));
        db.Execute($"COPY (SELECT * FROM imported ORDER BY session_id, turn_index) TO {DuckDb.Literal(partial)} " +
                   $"(FORMAT parquet, COMPRESSION zstd, KV_METADATA {{{DerivedKey}: {metadata}}})");
        File.Move(partial, output);
    }

    private static string WriteRejected(List<(string Session, string Where, string Reason)> rejected, string directory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, RejectedFileName);
        using var writer = new StreamWriter(path);
        writer.WriteLine("session_id,where,reason");
        foreach (var (session, where, reason) in rejected)
            writer.WriteLine(string.Join(",", new[] { session, where, reason }.Select(Csv)));
        return path;
    }

    private static string Csv(string value) => value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;

    /// <summary>The derived columns a turn log's Parquet file names in its metadata (none for any other file).</summary>
    public static IReadOnlyList<string> DerivedColumnsOf(string turnLog)
    {
        if (!turnLog.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase) || !File.Exists(turnLog)) return [];
        using var db = DuckDb.OpenInMemory();
        var value = db.Scalar<object?>($"SELECT decode(value) FROM parquet_kv_metadata({DuckDb.Literal(turnLog)}) WHERE decode(key) = {DuckDb.Literal(DerivedKey)}");
        return value is string s && s.Length > 0 ? s.Split(',') : [];
    }
}
