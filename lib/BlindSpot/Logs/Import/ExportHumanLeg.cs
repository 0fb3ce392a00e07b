using BlindSpot.Core;
using DuckDB.NET.Data;

namespace BlindSpot.Logs;

/// <summary>
/// The human leg read from the export itself (<see cref="HandoffSchema"/>), so that notebook 06 measures a team's own
/// handoff seam: an escalated visit's turns after the agent joined become its <c>agent_turns</c> (the turn log keeps the
/// bot side, as the simulator writes it); its handoff row gets the times of the agent's first reply and first useful
/// one (the first that is not a holding message) and whether the customer re-explained (a message after the agent
/// joined telling again most of one written before the handoff); each rated visit on a path gets its survey (the last
/// rating of the visit, on a 1–5 scale). What an export cannot say stays NULL, "not measured": the case packet's
/// contents, the agent's recovery effort, whether the agent resolved the case, NPS. An export has no human-only cases,
/// so <c>human_only</c> is empty.
/// </summary>
internal sealed class ExportHumanLeg : IDisposable
{
    private readonly DuckDBAppender _handoffs, _agentTurns, _surveys;

    public long Handoffs { get; private set; }
    public long AgentTurns { get; private set; }
    public long Surveys { get; private set; }
    public long ReExplained { get; private set; }

    public ExportHumanLeg(DuckDBConnection db)
    {
        foreach (var table in HandoffSchema.Tables)
            db.Execute($"CREATE OR REPLACE TABLE imported_{table.Name} ({string.Join(", ", table.Columns.Select(c => $"{c.Name} {c.DuckDbType}"))})");
        _handoffs = db.CreateAppender("imported_" + HandoffSchema.Handoffs.Name);
        _agentTurns = db.CreateAppender("imported_" + HandoffSchema.AgentTurns.Name);
        _surveys = db.CreateAppender("imported_" + HandoffSchema.Surveys.Name);
    }

    /// <summary>
    /// Where the visit's agent side begins: the row after the agent joined, when the visit's terminal event is a handoff
    /// and an agent joined after it; else the end (nothing moves).
    /// </summary>
    public static int AgentSideStart(IReadOnlyList<ExportMessage> turns)
    {
        var terminal = Terminal(turns);
        if (terminal < 0 || turns[terminal].Event != "handoff_requested") return turns.Count;
        for (var i = terminal + 1; i < turns.Count; i++)
            if (turns[i].Event == "agent_joined") return i + 1;
        return turns.Count;
    }

    /// <summary>The first handoff or confirmed resolution, as <c>session_terminal.sql</c> decides the outcome.</summary>
    private static int Terminal(IReadOnlyList<ExportMessage> turns)
    {
        for (var i = 0; i < turns.Count; i++)
            if (turns[i].Event is "handoff_requested" or "resolution_confirmed") return i;
        return -1;
    }

    /// <summary>Adds what the visit holds of the human leg; <paramref name="agentStart"/> from <see cref="AgentSideStart"/>.</summary>
    public void Add(string sessionId, IReadOnlyList<ExportMessage> turns, int agentStart, double? lastCsat)
    {
        var terminal = Terminal(turns);
        if (terminal < 0) return;
        var escalated = turns[terminal].Event == "handoff_requested";
        if (escalated) AddHandoff(sessionId, turns, terminal, agentStart);
        for (var i = agentStart; i < turns.Count; i++)
        {
            var t = turns[i];
            var row = _agentTurns.CreateRow().AppendValue(sessionId).AppendValue(i + 1).AppendValue(t.Ts).AppendValue(t.Speaker)
                .AppendValue(t.Intent).AppendValue(t.Text);
            row = t.Sentiment is { } s ? row.AppendValue(s) : row.AppendNullValue();
            row = t.BotFailure is { } b ? row.AppendValue(b) : row.AppendNullValue();
            row.AppendValue(t.Event).EndRow();
            AgentTurns++;
        }
        if (lastCsat is { } csat)
        {
            _surveys.CreateRow().AppendValue(sessionId).AppendValue(escalated ? "ai_to_human" : "ai_resolved").AppendValue(true)
                .AppendValue((int)Math.Round(csat, MidpointRounding.AwayFromZero)).AppendNullValue().EndRow();
            Surveys++;
        }
    }

    private void AddHandoff(string sessionId, IReadOnlyList<ExportMessage> turns, int handoff, int agentStart)
    {
        var handoffTs = turns[handoff].Ts;
        var joined = agentStart < turns.Count || (agentStart > 0 && turns[agentStart - 1].Event == "agent_joined") ? agentStart - 1 : -1;
        var agent = joined < 0 ? [] : turns.Skip(joined).Where(t => t.Speaker == "agent").ToList();
        var first = agent.FirstOrDefault();
        var useful = agent.FirstOrDefault(t => !ConversationSignals.IsHoldingReply(t.Text));
        var before = turns.Take(handoff + 1).Where(t => t.Speaker == "user").Select(t => t.Text).ToList();
        bool? reExplained = joined < 0 || first is null ? null
            : turns.Skip(joined).Any(t => t.Speaker == "user" && before.Any(b => SessionDerivation.Retells(t.Text, b)));
        int? Seconds(ExportMessage? m) => m is null ? null : (int)Math.Max(0, (m.Ts - handoffTs).TotalSeconds);

        var row = _handoffs.CreateRow().AppendValue(sessionId).AppendValue(handoffTs);
        for (var i = 0; i < 9; i++) row = row.AppendNullValue(); // packet_level, the seven has_* flags, packet_fields: not in an export
        row = reExplained is { } r ? row.AppendValue(r) : row.AppendNullValue();
        if (reExplained == true) ReExplained++;
        row = first is null ? row.AppendNullValue() : row.AppendValue(!ConversationSignals.IsHoldingReply(first.Text));
        row = Seconds(first) is { } f ? row.AppendValue(f) : row.AppendNullValue();
        row = Seconds(useful) is { } u ? row.AppendValue(u) : row.AppendNullValue();
        row.AppendNullValue().AppendNullValue().EndRow(); // recovery_minutes, resolved_by_agent: not in an export
        Handoffs++;
    }

    /// <summary>Writes the four files into <paramref name="folder"/>; each must not exist yet.</summary>
    public static void Write(DuckDBConnection db, string folder)
    {
        foreach (var table in HandoffSchema.Tables)
        {
            var path = Path.Combine(folder, table.FileName);
            var partial = path + ".partial";
            db.Execute($"COPY (SELECT * FROM imported_{table.Name} ORDER BY ALL) TO {DuckDb.Literal(partial)} (FORMAT parquet, COMPRESSION zstd)");
            File.Move(partial, path);
        }
    }

    public void Dispose()
    {
        _handoffs.Dispose();
        _agentTurns.Dispose();
        _surveys.Dispose();
    }
}
