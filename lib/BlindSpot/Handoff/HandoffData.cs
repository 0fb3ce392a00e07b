using BlindSpot.Logs;
using BlindSpot.Sql;

namespace BlindSpot.Handoff;

/// <summary>Loads the human-leg files into a <see cref="SqlSession"/> that already holds the turn log.</summary>
public static class HandoffData
{
    /// <summary>
    /// Validates and loads <c>handoffs</c>, <c>agent_turns</c>, <c>human_only</c> and <c>surveys</c> (in that order; a broken
    /// rule throws <see cref="HandoffValidationException"/>), then builds the views of <c>sql/handoff_paths.sql</c>.
    /// Call <see cref="SqlSession.LoadTurns"/> first: the rules check the files against the turn log.
    /// </summary>
    public static IReadOnlyList<HandoffValidationReport> Load(SqlSession sql, HandoffFiles files)
    {
        var reports = HandoffSchema.Tables.Select(t => HandoffValidator.Import(sql.Connection, t, files.PathOf(t))).ToList();
        sql.Execute("handoff_paths.sql");
        return reports;
    }
}
