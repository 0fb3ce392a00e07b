using BlindSpot.Core;

namespace BlindSpot.Logs;

/// <summary>How DuckDB reads a turn-log CSV written in <see cref="CsvFormat"/>.</summary>
public static class TurnLogCsv
{
    /// <summary>A <c>read_csv(…)</c> call with the schema's types; extra columns are not expected here.</summary>
    /// <param name="returnKeys">The file has conversation_id and customer_id after the contract's columns (a simulated log with returns).</param>
    public static string ReadCsvCall(string path, bool returnKeys = false) =>
        $"read_csv({DuckDbPath.Literal(path)}, header = true, columns = {(returnKeys ? ColumnsWithReturnKeys : TurnLogSchema.DuckDbColumnsStruct)}, " +
        "nullstr = '', quote = '\"', escape = '\"', timestampformat = '%Y-%m-%d %H:%M:%S')";

    private static string ColumnsWithReturnKeys =>
        TurnLogSchema.DuckDbColumnsStruct[..^1] + string.Concat(TurnLogSchema.ReturnKeyColumns.Select(c => $", '{c}': 'VARCHAR'")) + "}";

    /// <summary>Reads any CSV with every column as text, for validation (types are checked by the validator).</summary>
    public static string ReadAllVarcharCall(string path) =>
        $"read_csv({DuckDbPath.Literal(path)}, header = true, all_varchar = true, nullstr = '', quote = '\"', escape = '\"')";

    /// <summary>
    /// Reads a <see cref="TurnLogCsvCopy"/> with nothing left to detect: its dialect and columns are known, so a file
    /// the copy wrote cannot be misread.
    /// </summary>
    public static string ReadCopyCall(string path, IEnumerable<string> columns)
    {
        var types = TurnLogCsvCopy.InternalColumns.Select(c => (c, c == TurnLogCsvCopy.LineColumn ? "BIGINT" : "VARCHAR"))
            .Concat(columns.Select(c => (c, "VARCHAR")));
        var columnTypes = "{" + string.Join(", ", types.Select(t => $"{DuckDb.Literal(t.Item1)}: '{t.Item2}'")) + "}";
        return $"read_csv({DuckDbPath.Literal(path)}, header = true, auto_detect = false, columns = {columnTypes}, delim = ',', " +
               "quote = '\"', escape = '\"', new_line = '\\n', nullstr = '', strict_mode = true)";
    }
}
