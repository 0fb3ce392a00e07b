namespace BlindSpot.Sql;

/// <summary>
/// What every outcome definition must give, on any engine: one label per session of <c>session_terminal</c>, each
/// resolved, escalated or abandoned. A definition that breaks it is reported at its file and line.
/// </summary>
internal static class OutcomeLabelCheck
{
    /// <param name="count">Runs a <c>SELECT count(…)</c> on the engine that built <paramref name="table"/>.</param>
    public static void Verify(Func<string, long> count, SqlFile file, SqlStatement statement, string table)
    {
        var problems = count($"SELECT count(*) FROM {table} WHERE outcome IS NULL OR outcome NOT IN ('resolved', 'escalated', 'abandoned')");
        var sessions = count("SELECT count(*) FROM session_terminal"); // a table built at load, so counting it is cheap
        var labelled = count($"SELECT count(DISTINCT session_id) FROM {table}");
        var rows = count($"SELECT count(*) FROM {table}");
        if (problems > 0)
            throw new SqlFileException(file.Name, statement.StartLine, $"{problems} session(s) got an outcome other than resolved / escalated / abandoned", new InvalidOperationException());
        if (labelled != sessions || rows != sessions)
            throw new SqlFileException(file.Name, statement.StartLine, $"labels {labelled} distinct sessions in {rows} rows; the log has {sessions}: one label per session is required", new InvalidOperationException());
    }
}
