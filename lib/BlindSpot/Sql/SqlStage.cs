namespace BlindSpot.Sql;

/// <summary>
/// The SQL stage: a loaded turn log → session features, every definition's labels, the chosen definition's outcomes
/// (scored against the latent truth when one is loaded) → the headline findings. The order of the steps is written
/// here only: session features first (a definition may read them), then the labels.
/// </summary>
public static class SqlStage
{
    /// <summary>
    /// Everything the headline, the models and the later stages read; returns the headline findings. On a simulated log
    /// whose latent truth is loaded (<see cref="SqlSession.LoadTruth"/>), every definition is scored against it. The
    /// stage reads no file but its own SQL.
    /// </summary>
    public static SqlRun Run(SqlSession loadedLog, SqlStageOptions options)
    {
        Prepare(loadedLog, options.CellDefinitions);
        return Label(loadedLog, options.OutcomeDefinition);
    }

    /// <summary>
    /// What does not depend on the selected definition: the cell definitions, <c>session_features</c> and every
    /// definition's labels. Done once per loaded log, however many definitions are then selected in turn.
    /// </summary>
    public static void Prepare(SqlSession loadedLog, IReadOnlyDictionary<string, string> cellDefinitions)
    {
        SessionFeatures(loadedLog, cellDefinitions);
        loadedLog.AllOutcomeLabels();
    }

    /// <summary>The cell definitions known and <c>session_features</c> built: what the models' features need, no label yet.</summary>
    public static void SessionFeatures(SqlSession loadedLog, IReadOnlyDictionary<string, string> cellDefinitions)
    {
        foreach (var (name, select) in cellDefinitions.OrderBy(d => d.Key, StringComparer.Ordinal))
            loadedLog.DefineOutcome(name, select);
        loadedLog.Execute("session_features.sql");
    }

    /// <summary>One definition selected on a prepared log (<see cref="Prepare"/>): its <c>outcomes</c>, then the headline.</summary>
    public static SqlRun Label(SqlSession preparedLog, string outcomeDefinition)
    {
        preparedLog.BuildOutcomes(outcomeDefinition);
        return Headline(preparedLog, outcomeDefinition);
    }

    /// <summary>
    /// Only what the models need: <c>session_features</c> and <c>outcomes</c> under one definition (the hand-over
    /// <see cref="SqlSession.WriteFeatures"/> writes), in DuckDB or PostgreSQL.
    /// </summary>
    public static void Features(IOutcomeSteps loadedLog, string outcomeDefinition)
    {
        loadedLog.Execute("session_features.sql");
        loadedLog.BuildOutcomes(outcomeDefinition);
    }

    /// <summary>
    /// headline.sql's queries, and the findings read from them. Without a latent truth (any log the simulator did not
    /// write) there is nothing to score the definitions against and <see cref="OutcomeFindings.ScoresVsTruth"/> is empty.
    /// </summary>
    public static SqlRun Headline(SqlSession sql, string outcomeDefinition)
    {
        var tables = new HeadlineTables(sql.Query("headline.sql", "outcome_shares"), sql.Query("headline.sql", "reveal"),
            sql.Query("headline.sql", "failures_by_outcome"), sql.Query("headline.sql", "failures_by_intent"),
            sql.HasTruth ? sql.Query("headline.sql", "definitions_vs_truth") : null, sql.Query("headline.sql", "label_determinacy"));
        var findings = OutcomeFindings.From(outcomeDefinition, tables);
        return new SqlRun(tables, findings);
    }
}
