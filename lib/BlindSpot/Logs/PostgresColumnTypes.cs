namespace BlindSpot.Logs;

/// <summary>
/// Which PostgreSQL column types hold a contract column. Exactly the types whose results come out with DuckDB's types
/// (an <c>integer</c> turn_index, not a <c>bigint</c>), so features computed in PostgreSQL have the same columns and types.
/// </summary>
public static class PostgresColumnTypes
{
    private static readonly IReadOnlyDictionary<string, string[]> ByContractType = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["VARCHAR"] = ["text", "character varying"],
        ["INTEGER"] = ["integer"],
        ["TIMESTAMP"] = ["timestamp without time zone"],
        ["DOUBLE"] = ["double precision"],
        ["BOOLEAN"] = ["boolean"],
    };

    /// <summary>The PostgreSQL types (as <c>format_type</c> names them) that hold <paramref name="column"/>.</summary>
    public static IReadOnlyList<string> For(TurnLogColumn column) => ByContractType[column.DuckDbType];

    public static bool Fits(TurnLogColumn column, string postgresType) => For(column).Contains(postgresType, StringComparer.Ordinal);
}
