using BlindSpot.Core;

namespace BlindSpot.Cli.Postgres;

/// <summary>
/// Compares two feature files cell by cell, in file order: the same columns with the same types, the same number of rows,
/// NULL exactly where the other has NULL, floating-point values within a tolerance and every other value equal.
/// </summary>
public static class FeatureParity
{
    public const double Tolerance = 1e-12;
    public const int DifferencesShown = 10;

    /// <summary>The differences (at most <see cref="DifferencesShown"/>, then a count), empty when the files agree.</summary>
    public static IReadOnlyList<string> Differences(string expectedParquet, string actualParquet, double tolerance = Tolerance)
    {
        var (expectedColumns, expectedRows) = Read(expectedParquet);
        var (actualColumns, actualRows) = Read(actualParquet);
        if (!expectedColumns.SequenceEqual(actualColumns))
            return [$"columns differ: expected {string.Join(", ", expectedColumns)}; got {string.Join(", ", actualColumns)}"];
        var differences = new List<string>();
        if (expectedRows.Count != actualRows.Count) differences.Add($"row count differs: expected {expectedRows.Count}, got {actualRows.Count}");
        var total = 0;
        for (var row = 0; row < Math.Min(expectedRows.Count, actualRows.Count); row++)
            for (var column = 0; column < expectedColumns.Count; column++)
            {
                var (expected, actual) = (expectedRows[row][column], actualRows[row][column]);
                if (Same(expected, actual, tolerance)) continue;
                if (++total <= DifferencesShown)
                    differences.Add($"row {row + 1} ({expectedRows[row][0]}), {expectedColumns[column]}: expected {Show(expected)}, got {Show(actual)}");
            }
        if (total > DifferencesShown) differences.Add($"… {total - DifferencesShown} more differing cells");
        return differences;
    }

    private static bool Same(object? expected, object? actual, double tolerance) => (expected, actual) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (double e, double a) => e == a || Math.Abs(e - a) <= tolerance,
        _ => expected.Equals(actual),
    };

    private static string Show(object? value) => value switch
    {
        null => "NULL",
        double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>Column names with their types, and every row in file order.</summary>
    private static (List<string> Columns, List<object?[]> Rows) Read(string parquet)
    {
        using var db = DuckDb.OpenInMemory();
        var columns = new List<string>();
        using (var describe = db.CreateCommand($"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet({DuckDbPath.Literal(parquet)}))"))
        using (var reader = describe.ExecuteReader())
            while (reader.Read()) columns.Add($"{reader.GetString(0)} {reader.GetString(1)}");
        var rows = new List<object?[]>();
        using (var select = db.CreateCommand(
                   $"SELECT * EXCLUDE (file_row_number) FROM read_parquet({DuckDbPath.Literal(parquet)}, file_row_number = true) ORDER BY file_row_number"))
        using (var reader = select.ExecuteReader())
            while (reader.Read())
                rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToArray());
        return (columns, rows);
    }
}
