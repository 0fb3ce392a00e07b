using DuckDB.NET.Data;

namespace BlindSpot.Core;

/// <summary>
/// What a hand-over file (features, predictions) was made from: the outcome definition and the turn log's
/// fingerprint (Logs/TurnLogFingerprint). Stored as Parquet key-value metadata, so the file itself says it.
/// </summary>
public sealed record Provenance(string OutcomeDefinition, string TurnLog)
{
    private const string DefinitionKey = "blindspot.outcome_definition";
    private const string TurnLogKey = "blindspot.turn_log";

    /// <summary>The provenance as key-value metadata pairs.</summary>
    public IReadOnlyDictionary<string, string> Pairs => new Dictionary<string, string> { [DefinitionKey] = OutcomeDefinition, [TurnLogKey] = TurnLog };

    /// <summary>The provenance a Parquet file records, or null when it records none (a file made elsewhere or earlier).</summary>
    public static Provenance? Read(DuckDBConnection db, string parquetPath)
    {
        using var command = db.CreateCommand(
            $"SELECT decode(key), decode(value) FROM parquet_kv_metadata({DuckDbPath.Literal(parquetPath)})");
        using var reader = command.ExecuteReader();
        string? definition = null, turnLog = null;
        while (reader.Read())
        {
            if (reader.GetString(0) == DefinitionKey) definition = reader.GetString(1);
            else if (reader.GetString(0) == TurnLogKey) turnLog = reader.GetString(1);
        }
        return definition is null || turnLog is null ? null : new Provenance(definition, turnLog);
    }

    public static Provenance? Read(string parquetPath)
    {
        using var db = DuckDb.OpenInMemory();
        return Read(db, parquetPath);
    }

    public override string ToString() => $"outcome definition '{OutcomeDefinition}', turn log {TurnLog}";
}
