using BlindSpot.Core;
using DuckDB.NET.Data;

namespace BlindSpot.EarlyWarning;

/// <summary>The sessions a <see cref="ModelSample"/> keeps, as a DuckDB table to join with (the ids of table <c>outcomes</c>).</summary>
internal static class ModelSampleTable
{
    public const string Name = "model_sample";

    /// <summary>Creates the table when the sample leaves sessions out; false (no table) when every session is used.</summary>
    public static bool Create(DuckDBConnection db, ModelSample sample)
    {
        db.Execute($"DROP TABLE IF EXISTS {Name}");
        if (sample.IsWhole) return false;
        var kept = new List<string>();
        using (var command = db.CreateCommand("SELECT session_id FROM outcomes"))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                if (reader.GetString(0) is var id && sample.Keeps(id)) kept.Add(id);
        db.Execute($"CREATE TEMP TABLE {Name} (session_id VARCHAR PRIMARY KEY)");
        using (var appender = db.CreateAppender(Name))
            foreach (var id in kept) appender.CreateRow().AppendValue(id).EndRow();
        return true;
    }
}
