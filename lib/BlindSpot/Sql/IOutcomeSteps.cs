namespace BlindSpot.Sql;

/// <summary>
/// The SQL steps a database holding a loaded turn log can run, in DuckDB (<see cref="SqlSession"/>) or PostgreSQL
/// (<see cref="PostgresSession"/>): <see cref="SqlStage"/> runs them in the one order they depend on.
/// </summary>
public interface IOutcomeSteps
{
    /// <summary>Runs every statement of a file of sql/ (e.g. <c>session_features.sql</c>).</summary>
    void Execute(string file);

    /// <summary>Builds and checks table <c>outcomes(session_id, outcome)</c> with the chosen definition.</summary>
    void BuildOutcomes(string definition);

    /// <summary>Builds table <c>outcome_labels(definition, session_id, outcome)</c> with every known definition.</summary>
    void AllOutcomeLabels();
}
