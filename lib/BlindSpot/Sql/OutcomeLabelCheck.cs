namespace BlindSpot.Sql;

/// <summary>
/// What every outcome definition must give, on any engine: at most one label per session of <c>session_terminal</c>,
/// each resolved, escalated or abandoned, and a label for every session except, for a definition with a return window,
/// the sessions at the log's end that cannot show a return yet. A definition that breaks it is reported at its file and line.
/// </summary>
internal static class OutcomeLabelCheck
{
    /// <param name="count">Runs a <c>SELECT count(…)</c> on the engine that built <paramref name="table"/>.</param>
    /// <param name="returnsBuilt">Table <c>session_returns</c> is built: each session's end is read from it, not from every turn.</param>
    public static void Verify(Func<string, long> count, SqlFile file, SqlStatement statement, string table, bool returnsBuilt)
    {
        var problems = count($"SELECT count(*) FROM {table} WHERE outcome IS NULL OR outcome NOT IN ('resolved', 'escalated', 'abandoned')");
        var sessions = count("SELECT count(*) FROM session_terminal"); // a table built at load, so counting it is cheap
        var labelled = count($"SELECT count(DISTINCT session_id) FROM {table}");
        var rows = count($"SELECT count(*) FROM {table}");
        if (problems > 0)
            throw new SqlFileException(file.Name, statement.StartLine, $"{problems} session(s) got an outcome other than resolved / escalated / abandoned", new InvalidOperationException());
        var foreign = labelled == sessions ? 0 : count($"SELECT count(*) FROM {table} WHERE session_id NOT IN (SELECT session_id FROM session_terminal)");
        if (rows != labelled || foreign > 0 || labelled > sessions)
            throw new SqlFileException(file.Name, statement.StartLine, $"labels {labelled} distinct sessions in {rows} rows; the log has {sessions}: one label per session is required", new InvalidOperationException());
        if (labelled < sessions && count(NotAtTheEnd(table, returnsBuilt)) is var early and > 0)
            throw new SqlFileException(file.Name, statement.StartLine,
                $"leaves {early} session(s) without a label that ended before a labelled one: only the sessions at the log's end, " +
                "too late to show a return, may go without a label", new InvalidOperationException());
    }

    /// <summary>
    /// Unlabelled sessions that ended no later than the last labelled one: a window leaves out only a tail of the log.
    /// session_returns's ended_at is the same max(ts) per session; reading it spares a pass over every turn per
    /// definition (at ten million sessions, 81 M turns).
    /// </summary>
    private static string NotAtTheEnd(string table, bool returnsBuilt) => $"""
        WITH ends AS ({(returnsBuilt ? "SELECT session_id, ended_at FROM session_returns" : "SELECT session_id, max(ts) AS ended_at FROM turns GROUP BY session_id")}),
             marked AS (SELECT e.ended_at, e.session_id IN (SELECT session_id FROM {table}) AS has_label FROM ends e)
        SELECT count(*) FROM marked
        WHERE NOT has_label AND ended_at <= (SELECT max(ended_at) FROM marked WHERE has_label)
        """;
}
