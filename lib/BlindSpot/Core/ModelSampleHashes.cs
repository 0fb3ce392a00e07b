using System.Globalization;
using DuckDB.NET.Data;

namespace BlindSpot.Core;

/// <summary>
/// Every session's <see cref="ModelSample.HashOf"/> for one seed, kept in a temporary table of the connection, so that a
/// model sample is a join in DuckDB rather than every row of the log brought into .NET to keep one in forty. A draw
/// depends on the id and the seed alone, so the table stays right whatever is loaded later: ids not yet in it are added.
/// </summary>
public static class ModelSampleHashes
{
    public static string TableFor(int seed) => "model_sample_hashes_" + (seed < 0 ? "m" : "") + Math.Abs((long)seed).ToString(CultureInfo.InvariantCulture);

    /// <summary>Makes sure every <c>session_id</c> of <paramref name="relation"/> has its draw in the table; returns its name.</summary>
    public static string Ensure(DuckDBConnection db, string relation, int seed)
    {
        var table = TableFor(seed);
        db.Execute($"CREATE TEMP TABLE IF NOT EXISTS {table} (session_id VARCHAR, hash UBIGINT)");
        var missing = new List<string>();
        using (var command = db.CreateCommand(
                   $"SELECT DISTINCT r.session_id FROM {relation} r ANTI JOIN {table} h USING (session_id) WHERE r.session_id IS NOT NULL"))
        using (var reader = command.ExecuteReader())
            while (reader.Read()) missing.Add(reader.GetString(0));
        using var appender = db.CreateAppender(table);
        foreach (var id in missing) appender.CreateRow().AppendValue(id).AppendValue(ModelSample.HashOf(id, seed)).EndRow();
        return table;
    }

    /// <summary>The condition a joined row <c>h</c> of the table meets when the sample keeps its session.</summary>
    public static string KeptCondition(ModelSample sample) =>
        $"h.hash < {sample.Threshold.ToString(CultureInfo.InvariantCulture)}::UBIGINT";
}
