using BlindSpot.Core;
using BlindSpot.Logs;
using BlindSpot.Modeling;

namespace BlindSpot.Audit;

/// <summary>
/// The group of every session for an audit by any column, as fairlearn's MetricFrame takes any sensitive feature: a
/// column of the features file (intent, a derived feature), else a column of the turn log (an extra column carried
/// through, such as a channel), whose first non-NULL value in the session is its group.
/// </summary>
public static class AuditGroups
{
    /// <summary>The group of each session; a session with no value for the column is in <see cref="FeatureLoader.NoIntent"/>.</summary>
    public static IReadOnlyDictionary<string, string> Read(string featuresPath, string turnsPath, string column)
    {
        using var db = DuckDb.OpenInMemory();
        return Read(db, $"read_parquet({DuckDbPath.Literal(featuresPath)})", TurnLogSource.Relation(turnsPath), column);
    }

    /// <summary>The same from two relations of <paramref name="db"/>: the features (a table or a file's reader) and the turn log.</summary>
    public static IReadOnlyDictionary<string, string> Read(DuckDB.NET.Data.DuckDBConnection db, string features, string turns, string column)
    {
        var quoted = "\"" + column.Replace("\"", "\"\"") + "\"";
        string query;
        if (db.ColumnsOf(features).Contains(column))
            query = $"SELECT session_id, CAST({quoted} AS VARCHAR) FROM {features}";
        else if (db.ColumnsOf(turns).Contains(column))
            query = $"SELECT session_id, CAST(arg_min({quoted}, CAST(turn_index AS INTEGER)) FILTER (WHERE {quoted} IS NOT NULL) AS VARCHAR) " +
                    $"FROM {turns} GROUP BY session_id";
        else
            throw new ArgumentException(
                $"No column '{column}' to audit by: the features file has {string.Join(", ", db.ColumnsOf(features))}; " +
                $"the turn log has {string.Join(", ", db.ColumnsOf(turns))}.", nameof(column));
        using var command = db.CreateCommand(query);
        using var reader = command.ExecuteReader();
        var groups = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read()) groups[reader.GetString(0)] = reader.IsDBNull(1) ? FeatureLoader.NoIntent : reader.GetString(1);
        return groups;
    }

    /// <summary>The same rows, each in the group <paramref name="groups"/> gives its session.</summary>
    public static IReadOnlyList<AuditRow> Regroup(IEnumerable<AuditRow> rows, IReadOnlyDictionary<string, string> groups) =>
        [.. rows.Select(r => r with { Group = groups.GetValueOrDefault(r.SessionId, FeatureLoader.NoIntent) })];
}
