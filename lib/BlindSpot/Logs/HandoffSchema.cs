namespace BlindSpot.Logs;

/// <summary>One file of the human leg: its table name, file name, key column and columns.</summary>
public sealed record HandoffTable(string Name, string FileName, string KeyColumn, IReadOnlyList<TurnLogColumn> Columns)
{
    public IEnumerable<string> ColumnNames => Columns.Select(c => c.Name);

    /// <summary>The columns as DuckDB's <c>read_csv(columns = …)</c> struct literal.</summary>
    public string DuckDbColumnsStruct => "{" + string.Join(", ", Columns.Select(c => $"'{c.Name}': '{c.DuckDbType}'")) + "}";
}

/// <summary>
/// The contract of the files the human leg adds beside the turn log (<c>sql/handoff_schema.sql</c> states the same
/// tables; a test keeps the two equal). <c>agent_turns</c> follows the turn-log schema exactly.
/// </summary>
public static class HandoffSchema
{
    public static readonly HandoffTable Handoffs = new("handoffs", "handoffs.parquet", "session_id",
    [
        new("session_id", "VARCHAR", "the escalated session (its turns end with handoff_requested … agent_joined)"),
        new("handoff_ts", "TIMESTAMP", "time of the customer's handoff request"),
        new("packet_level", "VARCHAR", "none | partial | full: how complete the case packet was"),
        new("has_thread", "BOOLEAN", "the agent received the conversation thread"),
        new("has_summary", "BOOLEAN", "… a plain-language summary"),
        new("has_identifiers", "BOOLEAN", "… the identifiers (orders, invoices, accounts)"),
        new("has_bot_actions", "BOOLEAN", "… what the bot already tried"),
        new("has_escalation_reason", "BOOLEAN", "… why the bot escalated"),
        new("has_evidence", "BOOLEAN", "… the evidence gathered"),
        new("has_sentiment", "BOOLEAN", "… the sentiment trajectory"),
        new("packet_fields", "INTEGER", "number of has_* flags that are true, 0–7"),
        new("re_explained", "BOOLEAN", "the customer had to describe the problem again"),
        new("first_reply_moved_forward", "BOOLEAN", "the agent's first message after joining acknowledged the context and moved the case forward"),
        new("first_reply_seconds", "INTEGER", "seconds from the handoff request to the agent's first message, >= 0"),
        new("first_useful_reply_seconds", "INTEGER", "seconds from the handoff request to the first reply that addressed the problem, >= first_reply_seconds"),
        new("recovery_minutes", "DOUBLE", "agent effort spent reconstructing and recovering the case, >= 0"),
        new("resolved_by_agent", "BOOLEAN", "the agent resolved the case"),
    ]);

    public static readonly HandoffTable AgentTurns = new("agent_turns", "agent_turns.parquet", "session_id", TurnLogSchema.Columns);

    public static readonly HandoffTable HumanOnly = new("human_only", "human_only.parquet", "case_id",
    [
        new("case_id", "VARCHAR", "case id (H…), never a session of the turn log"),
        new("intent", "VARCHAR", "the case's intent, as in the turn log"),
        new("opened_ts", "TIMESTAMP", "time the case was opened"),
        new("first_reply_seconds", "INTEGER", "seconds to the agent's first reply, >= 0"),
        new("first_useful_reply_seconds", "INTEGER", "seconds to the first reply that addressed the problem, >= first_reply_seconds"),
        new("re_explained", "BOOLEAN", "the customer had to describe the problem again (e.g. after a transfer)"),
        new("resolved", "BOOLEAN", "the case was resolved"),
    ]);

    public static readonly HandoffTable Surveys = new("surveys", "surveys.parquet", "case_id",
    [
        new("case_id", "VARCHAR", "a session_id of the turn log (ai_resolved, ai_to_human) or a case_id of human_only"),
        new("path", "VARCHAR", "ai_resolved | ai_to_human | human_only"),
        new("responded", "BOOLEAN", "the customer answered the survey"),
        new("csat", "INTEGER", "1–5; NULL when not answered"),
        new("nps", "INTEGER", "0–10 (likelihood to recommend); NULL when not answered"),
    ]);

    public static readonly IReadOnlyList<HandoffTable> Tables = [Handoffs, AgentTurns, HumanOnly, Surveys];
}

/// <summary>The four files of the human leg in one folder.</summary>
public sealed record HandoffFiles(string Handoffs, string AgentTurns, string HumanOnly, string Surveys)
{
    public static HandoffFiles In(string directory) => new(
        Path.Combine(directory, HandoffSchema.Handoffs.FileName), Path.Combine(directory, HandoffSchema.AgentTurns.FileName),
        Path.Combine(directory, HandoffSchema.HumanOnly.FileName), Path.Combine(directory, HandoffSchema.Surveys.FileName));

    public IReadOnlyList<string> All => [Handoffs, AgentTurns, HumanOnly, Surveys];

    public string PathOf(HandoffTable table) =>
        table == HandoffSchema.Handoffs ? Handoffs : table == HandoffSchema.AgentTurns ? AgentTurns : table == HandoffSchema.HumanOnly ? HumanOnly : Surveys;

    public bool Exist => All.All(File.Exists);
}
