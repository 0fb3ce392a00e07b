using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using BlindSpot.Core;
using BlindSpot.Logs;
using BlindSpot.Sql;

namespace BlindSpot.Handoff;

/// <summary>One message of the thread the agent receives.</summary>
public sealed record PacketMessage(int TurnIndex, string Ts, string Speaker, string Text);

/// <summary>An answer the bot gave before the handoff, and whether it failed.</summary>
public sealed record PacketBotAction(int TurnIndex, string Text, bool Failed);

/// <summary>Why the bot escalated: the main reason, every reason that applies, and a sentence for the agent.</summary>
public sealed record PacketEscalationReason(string Primary, IReadOnlyList<string> Reasons, string Detail);

/// <summary>A message that shows what already went wrong, with a note saying why it is evidence.</summary>
public sealed record PacketEvidence(int TurnIndex, string Speaker, string Text, string Note);

/// <summary>The customer's sentiment before the handoff (user turns with a score, in order).</summary>
public sealed record PacketSentiment(IReadOnlyList<double> Trajectory, double? First, double? Last, double? Min, double? Velocity, string Trend);

/// <summary>
/// The behavioural signals a packet's escalation reason and sentiment use, as <c>sql/session_features.sql</c>
/// computes them (turns strictly before the terminal event).
/// </summary>
public sealed record PacketSignals(int Failures, int LongestFailureRun, double? FirstSentiment, double? LastSentiment, double? MinSentiment, double? SentimentVelocity)
{
    /// <summary>The same signals computed in C# from the turns before the first handoff request or confirmation.</summary>
    public static PacketSignals FromTurns(IReadOnlyList<TurnRow> turns)
    {
        var window = CasePacket.BeforeTerminal(turns);
        var bot = window.Where(t => t.Speaker == "bot").ToList();
        int run = 0, longest = 0;
        foreach (var b in bot) { run = b.BotFailure == true ? run + 1 : 0; longest = Math.Max(longest, run); }
        var s = window.Where(t => t.Speaker == "user" && t.Sentiment is not null).Select(t => t.Sentiment!.Value).ToList();
        return new PacketSignals(bot.Count(b => b.BotFailure == true), longest,
            s.Count > 0 ? s[0] : null, s.Count > 0 ? s[^1] : null, s.Count > 0 ? s.Min() : null, s.Count >= 3 ? (s[2] - s[0]) / 2 : null);
    }
}

/// <summary>
/// The case packet an escalation should carry to the human agent (the article's list): the thread, a plain-language
/// summary, identifiers, what the bot tried, why it escalated, evidence, and the sentiment trajectory. A field the
/// handoff did not carry is <c>null</c>. Conversation text is untrusted: <see cref="ToHtml"/> escapes every piece
/// of it; <see cref="ToJson"/> writes the stable, documented shape of Handoff/README.md.
/// </summary>
public sealed record CasePacket(
    int SchemaVersion,
    string SessionId,
    string? Intent,
    IReadOnlyList<string> FieldsIncluded,
    IReadOnlyList<PacketMessage>? Thread,
    string? Summary,
    IReadOnlyList<CaseIdentifier>? Identifiers,
    IReadOnlyList<PacketBotAction>? BotActions,
    PacketEscalationReason? EscalationReason,
    IReadOnlyList<PacketEvidence>? Evidence,
    PacketSentiment? Sentiment) : IHtmlDisplay
{
    public const int CurrentSchemaVersion = 1;

    /// <summary>Messages longer than this are cut in the HTML card (the JSON keeps them whole).</summary>
    public const int MaxDisplayChars = 400;

    /// <summary>Packet field names in JSON order, as <see cref="FieldsIncluded"/> lists them.</summary>
    public static readonly IReadOnlyList<(PacketFields Flag, string Name)> FieldNames =
    [
        (PacketFields.Thread, "thread"), (PacketFields.Summary, "summary"), (PacketFields.Identifiers, "identifiers"),
        (PacketFields.BotActions, "bot_actions"), (PacketFields.EscalationReason, "escalation_reason"),
        (PacketFields.Evidence, "evidence"), (PacketFields.Sentiment, "sentiment"),
    ];

    /// <summary>The fixed serializer options: snake_case names, every property written (nulls too), two-space indent, "\n".</summary>
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
    };

    /// <summary>
    /// Builds the packet of one session from its turns (in order) and, optionally, its <c>session_features</c>
    /// signals (computed from the turns when not given). Only the <paramref name="fields"/> asked for are filled.
    /// </summary>
    public static CasePacket Build(IReadOnlyList<TurnRow> turns, PacketSignals? signals = null, PacketFields fields = PacketFields.All)
    {
        if (turns.Count == 0) throw new ArgumentException("A case packet needs at least one turn.", nameof(turns));
        var sessionId = turns[0].SessionId;
        if (turns.Any(t => t.SessionId != sessionId)) throw new ArgumentException("The turns belong to more than one session.", nameof(turns));
        signals ??= PacketSignals.FromTurns(turns);
        var request = turns.FirstOrDefault(t => t.Event == "handoff_requested");
        // What the agent can receive: everything up to and including the handoff request.
        var thread = request is null ? turns.ToList() : turns.Where(t => t.TurnIndex <= request.TurnIndex).ToList();
        var intent = thread.FirstOrDefault(t => t.Speaker == "user" && t.Intent is not null)?.Intent;
        // What the bot tried: its answers after the user first spoke. A bot turn before that is a greeting, whatever its
        // position; a log without a greeting loses nothing.
        var firstUserTurn = thread.FirstOrDefault(t => t.Speaker == "user")?.TurnIndex ?? int.MaxValue;
        var botTurns = thread.Where(t => t.Speaker == "bot" && t.TurnIndex > firstUserTurn).ToList();
        var userSentiments = thread.Where(t => t.Speaker == "user" && t.Sentiment is not null).Select(t => t.Sentiment!.Value).ToList();
        var reason = Reason(signals, request);

        bool Has(PacketFields f) => (fields & f) != 0;
        return new CasePacket(
            CurrentSchemaVersion,
            sessionId,
            intent,
            FieldNames.Where(f => Has(f.Flag)).Select(f => f.Name).ToList(),
            Has(PacketFields.Thread) ? thread.Select(t => new PacketMessage(t.TurnIndex, CsvFormat.Timestamp(t.Ts), t.Speaker, t.Text)).ToList() : null,
            Has(PacketFields.Summary) ? Summarise(thread, intent, botTurns, signals, request) : null,
            Has(PacketFields.Identifiers) ? CaseIdentifiers.Find(thread.Where(t => t.Speaker == "user").Select(t => t.Text)) : null,
            Has(PacketFields.BotActions) ? botTurns.Select(t => new PacketBotAction(t.TurnIndex, t.Text, t.BotFailure == true)).ToList() : null,
            Has(PacketFields.EscalationReason) ? reason : null,
            Has(PacketFields.Evidence) ? EvidenceOf(thread) : null,
            Has(PacketFields.Sentiment) ? new PacketSentiment(userSentiments, signals.FirstSentiment, signals.LastSentiment, signals.MinSentiment,
                signals.SentimentVelocity, Trend(signals)) : null);
    }

    /// <summary>
    /// Loads one session from <paramref name="sql"/> (tables <c>turns</c> and <c>session_features</c>, which
    /// <c>session_features.sql</c> builds) and builds its packet.
    /// </summary>
    public static CasePacket Load(SqlSession sql, string sessionId, PacketFields fields = PacketFields.All)
    {
        List<TurnRow> turns;
        using (var cmd = sql.Connection.CreateCommand($"SELECT {TurnRows.Columns} FROM turns WHERE session_id = ? ORDER BY turn_index", sessionId))
        using (var r = cmd.ExecuteReader())
            turns = TurnRows.Read(r);
        if (turns.Count == 0) throw new ArgumentException($"Session '{sessionId}' is not in the turns table.", nameof(sessionId));
        PacketSignals? signals = null;
        using (var cmd = sql.Connection.CreateCommand(
            "SELECT n_failures, longest_failure_run, first_sentiment, last_sentiment, min_sentiment, sentiment_velocity FROM session_features WHERE session_id = ?", sessionId))
        using (var r = ReadSessionFeatures(cmd))
            if (r.Read())
                signals = new PacketSignals(Convert.ToInt32(r.GetValue(0)), Convert.ToInt32(r.GetValue(1)), D(r, 2), D(r, 3), D(r, 4), D(r, 5));
        return Build(turns, signals, fields);

        static double? D(System.Data.IDataRecord r, int i) => r.IsDBNull(i) ? null : Convert.ToDouble(r.GetValue(i), CultureInfo.InvariantCulture);
    }

    private static System.Data.Common.DbDataReader ReadSessionFeatures(System.Data.Common.DbCommand command)
    {
        try
        {
            return command.ExecuteReader();
        }
        catch (DuckDB.NET.Data.DuckDBException e) when (e.Message.Contains("session_features", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("A case packet reads the session's signals from table session_features: run session_features.sql on this session first.", e);
        }
    }

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public static CasePacket FromJson(string json) =>
        JsonSerializer.Deserialize<CasePacket>(json, JsonOptions) ?? throw new JsonException("The JSON is null, not a case packet.");

    /// <summary>Structural equality (the lists compare by content), as the JSON sees it.</summary>
    public bool SameAs(CasePacket other) => ToJson() == other.ToJson();

    internal static List<TurnRow> BeforeTerminal(IReadOnlyList<TurnRow> turns)
    {
        var terminal = turns.FirstOrDefault(t => t.Event is "handoff_requested" or "resolution_confirmed")
                       ?? turns.FirstOrDefault(t => t.Event is "user_left" or "session_timeout");
        return terminal is null ? turns.ToList() : turns.Where(t => t.TurnIndex < terminal.TurnIndex).ToList();
    }

    private static PacketEscalationReason Reason(PacketSignals s, TurnRow? request)
    {
        var reasons = new List<string>();
        var details = new List<string>();
        if (s.Failures >= 2)
        {
            reasons.Add("repeated_failures");
            details.Add($"the assistant failed {s.Failures} times ({s.LongestFailureRun} in a row)");
        }
        if (s.FirstSentiment is { } first && s.LastSentiment is { } last && (last - first <= -0.25 || s.SentimentVelocity <= -0.1))
        {
            reasons.Add("falling_sentiment");
            details.Add($"the customer's sentiment fell from {F(first)} to {F(last)}");
        }
        if (request is not null)
        {
            reasons.Add("explicit_request");
            details.Add($"the customer asked for a human (turn {request.TurnIndex})");
        }
        var detail = details.Count == 0 ? "No escalation signal found." : char.ToUpperInvariant(details[0][0]) + string.Join("; ", details)[1..] + ".";
        return new PacketEscalationReason(reasons.Count > 0 ? reasons[0] : "unknown", reasons, detail);
    }

    private static string Summarise(List<TurnRow> thread, string? intent, List<TurnRow> botTurns, PacketSignals s, TurnRow? request)
    {
        var opening = thread.FirstOrDefault(t => t.Speaker == "user")?.Text ?? "";
        if (opening.Length > 160) opening = opening[..157] + "...";
        var text = new StringBuilder();
        text.Append(intent is null ? "Request" : char.ToUpperInvariant(intent[0]) + intent[1..].Replace('_', ' ') + " request").Append(". ");
        text.Append($"The customer wrote: \"{opening}\". ");
        var failed = botTurns.Count(t => t.BotFailure == true);
        text.Append($"The assistant answered {botTurns.Count} time{(botTurns.Count == 1 ? "" : "s")}, {failed} of them failed");
        text.Append(request is null ? "; no human was requested." : $"; the customer asked for a human at turn {request.TurnIndex}.");
        if (s.FirstSentiment is { } first && s.LastSentiment is { } last)
            text.Append($" Sentiment went from {F(first)} to {F(last)}.");
        return text.ToString();
    }

    private static List<PacketEvidence> EvidenceOf(List<TurnRow> thread)
    {
        var evidence = new List<PacketEvidence>();
        for (var i = 0; i < thread.Count && evidence.Count < 6; i++)
        {
            if (thread[i].Speaker != "bot" || thread[i].BotFailure != true) continue;
            evidence.Add(new PacketEvidence(thread[i].TurnIndex, "bot", thread[i].Text, "the assistant's answer failed"));
            var reply = thread.Skip(i + 1).FirstOrDefault(t => t.Speaker == "user");
            if (reply is not null && evidence.Count < 6)
                evidence.Add(new PacketEvidence(reply.TurnIndex, "user", reply.Text, "the customer's reaction"));
        }
        return evidence;
    }

    private static string Trend(PacketSignals s) => s switch
    {
        { FirstSentiment: { } f, LastSentiment: { } l } when l - f <= -0.15 => "falling",
        { FirstSentiment: { } f, LastSentiment: { } l } when l - f >= 0.15 => "rising",
        { FirstSentiment: not null } => "flat",
        _ => "unknown",
    };

    private static string F(double v) => NumberText.Number(v);

    /// <summary>The packet as an HTML card: every piece of conversation text is escaped; a missing field says so.</summary>
    public string ToHtml() => CasePacketHtml.Render(this);

    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append($"Case packet {SessionId} ({Intent ?? "no intent"}): {FieldsIncluded.Count} of 7 fields");
        text.Append(FieldsIncluded.Count == 0 ? " — the agent enters cold." : $" ({string.Join(", ", FieldsIncluded)}).");
        if (Summary is not null) text.Append("\nSummary: ").Append(Summary);
        if (EscalationReason is not null) text.Append("\nWhy escalated: ").Append(EscalationReason.Detail);
        if (Identifiers is { Count: > 0 }) text.Append("\nIdentifiers: ").Append(string.Join(", ", Identifiers.Select(i => $"{i.Kind} {i.Value}")));
        return text.ToString();
    }
}
