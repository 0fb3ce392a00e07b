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
        var hashes = ModelSampleHashes.Ensure(db, "outcomes", sample.Seed);
        db.Execute($"CREATE TEMP TABLE {Name} AS SELECT o.session_id FROM outcomes o JOIN {hashes} h USING (session_id) WHERE {ModelSampleHashes.KeptCondition(sample)}");
        return true;
    }
}
