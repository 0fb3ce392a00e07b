using Microsoft.Data.Analysis;

namespace BlindSpot.Logs;

/// <summary>One column of the turn-log contract.</summary>
public sealed record TurnLogColumn(string Name, string DuckDbType, string Meaning);

/// <summary>
/// The turn-log contract shared by the simulator, the importer and the SQL files
/// (<c>sql/schema.sql</c> states the same table; a test keeps the two equal).
/// Extra columns are allowed and carried through.
/// </summary>
public static class TurnLogSchema
{
    public static readonly IReadOnlyList<TurnLogColumn> Columns =
    [
        new("session_id", "VARCHAR", "conversation id"),
        new("turn_index", "INTEGER", "1-based order within the session, no gaps, no duplicates"),
        new("ts", "TIMESTAMP", "message time, non-decreasing within a session"),
        new("speaker", "VARCHAR", "user, bot, agent or system"),
        new("intent", "VARCHAR", "user turns: detected intent; NULL otherwise"),
        new("text", "VARCHAR", "message text"),
        new("sentiment", "DOUBLE", "user turns: upstream sentiment score in [-1, 1]; NULL otherwise"),
        new("bot_failure", "BOOLEAN", "bot turns: the bot failed (no match, wrong answer, error); NULL otherwise"),
        new("event", "VARCHAR", "NULL or handoff_requested, agent_joined, resolution_confirmed, user_left, session_timeout"),
    ];

    public static readonly IReadOnlyList<string> Speakers = ["user", "bot", "agent", "system"];

    public static readonly IReadOnlyList<string> Intents =
        ["billing", "technical_support", "account_access", "order_status", "product_info", "cancellation"];

    public static readonly IReadOnlyList<string> Events =
        ["handoff_requested", "agent_joined", "resolution_confirmed", "user_left", "session_timeout"];

    /// <summary>Events after which the user is gone: no row may follow them in a session.</summary>
    public static readonly IReadOnlyList<string> EndingEvents = ["user_left", "session_timeout"];

    public static IEnumerable<string> ColumnNames => Columns.Select(c => c.Name);

    /// <summary>
    /// Optional columns (not in the contract) that tie a session to the conversation and customer it belongs to, so a
    /// return can be seen (<c>sql/session_returns.sql</c>). A log without them gets them as NULL when it is loaded.
    /// </summary>
    public static readonly IReadOnlyList<string> ReturnKeyColumns = ["conversation_id", "customer_id"];

    /// <summary>The contract as a table, for reading in a notebook.</summary>
    public static DataFrame AsDataFrame() => new(
        new StringDataFrameColumn("column", Columns.Select(c => c.Name)),
        new StringDataFrameColumn("type", Columns.Select(c => c.DuckDbType)),
        new StringDataFrameColumn("meaning", Columns.Select(c => c.Meaning)));

    /// <summary>The schema as DuckDB's <c>read_csv(columns = …)</c> struct literal.</summary>
    public static string DuckDbColumnsStruct =>
        "{" + string.Join(", ", Columns.Select(c => $"'{c.Name}': '{c.DuckDbType}'")) + "}";
}
