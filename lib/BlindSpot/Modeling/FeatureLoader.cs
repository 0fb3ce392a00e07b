using BlindSpot.Core;
using BlindSpot.Sql;
using DuckDB.NET.Data;

namespace BlindSpot.Modeling;

/// <summary>
/// Reads <c>features.parquet</c> (session_features + outcome, written by <see cref="SqlSession.WriteFeatures"/>)
/// into a <see cref="FeatureMatrix"/>.
/// <list type="bullet">
/// <item><c>session_id</c> is an identifier, not a feature; <c>outcome</c> is the label.</item>
/// <item><c>failures_before_handoff</c> is excluded: it is defined only for sessions that end in a handoff request,
/// so its NULL-ness alone tells the model "escalated" (leakage).</item>
/// <item><c>intent</c> becomes one 0/1 column per intent seen in the file (sorted by name; a session without
/// an intent gets <c>intent=(none)</c>).</item>
/// <item>Every other column is numeric. A column with NULLs (by definition: <c>failures_per_bot_turn</c> without a bot turn,
/// <c>turns_to_first_failure</c> without a failure, the sentiment columns without a user sentiment,
/// <c>std_sentiment</c> with fewer than two, <c>sentiment_velocity</c> with fewer than three) is imputed with 0
/// and gets an indicator column <c>name_missing</c> (1 where it was NULL). A constant, not a mean, so imputation
/// learns nothing from the data and cannot leak across folds; the indicator lets every learner tell
/// "missing" from "zero".</item>
/// </list>
/// </summary>
public static class FeatureLoader
{
    public static readonly IReadOnlyList<string> NotFeatures = ["session_id", "outcome"];

    /// <summary>Defined only for one outcome: never a feature.</summary>
    public static readonly IReadOnlyList<string> LeakyColumns = ["failures_before_handoff"];

    public const string IntentColumn = "intent";
    public const string NoIntent = "(none)";

    /// <param name="modelSessions">Read only the sessions the models are fitted on (<see cref="FeatureMatrix.ForModels"/>, the same
    /// rows); 0: every session.</param>
    public static FeatureMatrix Load(string featuresParquet, int modelSessions = 0, int seed = 42)
    {
        if (!File.Exists(featuresParquet)) throw new FileNotFoundException($"Features not found: {featuresParquet}", featuresParquet);
        using var db = DuckDb.OpenInMemory();
        var data = Read(db, $"read_parquet({DuckDbPath.Literal(featuresParquet)})", modelSessions, seed);
        return data.WithProvenance(Provenance.Read(db, featuresParquet));
    }

    /// <summary>
    /// The features of a session whose <c>session_features</c> and <c>outcomes</c> are built (<see cref="SqlStage.Features"/>),
    /// read straight from its tables: no file in between.
    /// </summary>
    public static FeatureMatrix Read(SqlSession loadedLog, int modelSessions = 0, int seed = 42) =>
        Read(loadedLog.Connection, modelSessions > 0 ? SqlSession.UnorderedFeaturesRelation : SqlSession.FeaturesRelation, modelSessions, seed,
             idsRelation: "session_features").WithProvenance(loadedLog.FeaturesProvenance);

    /// <summary>
    /// Streams the rows straight into the encoded matrix: which columns have NULLs and which intents occur are asked of
    /// DuckDB first, so no row is held twice (at ten million sessions a copy of the raw values was 4 GiB), and the
    /// matrix's estimated size is checked against <see cref="MemoryBudget"/> before the first row is read. With a model
    /// sample only the kept rows are held; the columns are still laid out from every row, so they are those of the whole
    /// log's matrix and the rows equal its <see cref="FeatureMatrix.ForModels"/> sample.
    /// </summary>
    /// <param name="idsRelation">Where every session id of <paramref name="relation"/> can be read cheaply (default: the relation).</param>
    private static FeatureMatrix Read(DuckDBConnection db, string relation, int modelSessions, int seed, string? idsRelation = null)
    {
        var described = new List<(string Name, string Type)>();
        using (var command = db.CreateCommand($"DESCRIBE SELECT * FROM {relation}"))
        using (var reader = command.ExecuteReader())
            while (reader.Read()) described.Add((reader.GetString(0), reader.GetString(1)));
        var names = described.Select(d => d.Name).ToList();
        foreach (var required in new[] { "session_id", "outcome" })
            if (!names.Contains(required)) throw new InvalidDataException($"The features file has no '{required}' column.");
        var numeric = names.Where(n => !NotFeatures.Contains(n) && !LeakyColumns.Contains(n) && n != IntentColumn).ToList();
        foreach (var (name, type) in described.Where(d => numeric.Contains(d.Name)))
            if (!IsNumeric(type)) throw new InvalidDataException($"Feature column '{name}' is not numeric ({type}).");
        var hasIntent = names.Contains(IntentColumn);

        var counts = $"SELECT count(*){string.Concat(numeric.Select(n => $", count(*) - count({Quote(n)})"))} FROM {relation}";
        long rowCount;
        var withMissing = new HashSet<int>();
        using (var command = db.CreateCommand(counts))
        using (var reader = command.ExecuteReader())
        {
            reader.Read();
            rowCount = reader.GetInt64(0);
            for (var j = 0; j < numeric.Count; j++) if (reader.GetInt64(j + 1) > 0) withMissing.Add(j);
        }
        var intentLevels = new List<string>();
        if (hasIntent)
        {
            using var command = db.CreateCommand($"SELECT DISTINCT coalesce({Quote(IntentColumn)}, ?) FROM {relation}", NoIntent);
            using var reader = command.ExecuteReader();
            while (reader.Read()) intentLevels.Add(reader.GetString(0));
            intentLevels.Sort(StringComparer.Ordinal);
        }
        else intentLevels.Add(NoIntent);
        if (rowCount == 0) intentLevels.Clear();
        var (columns, groups, intentStart) = Layout(numeric, withMissing, intentLevels);
        var sample = new ModelSample(modelSessions, rowCount, seed);
        var expected = sample.IsWhole ? rowCount : ExpectedKept(sample);
        MemoryBudget.EnsureFits(MemoryBudget.FeatureMatrix(expected, columns.Count));

        var ids = new List<string>((int)expected);
        var labels = new List<int>((int)expected);
        var rows = new List<float[]>((int)expected);
        var intentIndex = intentLevels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        // The sample's rows are picked in DuckDB (a join on the kept draws), so the other rows never reach .NET.
        var rowsOf = sample.IsWhole ? relation
            : $"(SELECT r.* FROM {relation} r JOIN {ModelSampleHashes.Ensure(db, idsRelation ?? relation, seed)} h USING (session_id) WHERE {ModelSampleHashes.KeptCondition(sample)})";
        var select = "SELECT session_id, outcome" + (hasIntent ? $", {Quote(IntentColumn)}" : ", NULL::VARCHAR") +
                     string.Concat(numeric.Select(n => $", CAST({Quote(n)} AS DOUBLE)")) + $" FROM {rowsOf}";
        using (var command = db.CreateCommand(select))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                ids.Add(reader.GetString(0));
                labels.Add(Outcomes.Index(reader.GetString(1)));
                var row = new float[columns.Count];
                var c = 0;
                for (var j = 0; j < numeric.Count; j++)
                {
                    var missing = reader.IsDBNull(j + 3);
                    row[c++] = missing ? 0f : (float)reader.GetDouble(j + 3);
                    if (withMissing.Contains(j)) row[c++] = missing ? 1f : 0f;
                }
                if (columns.Count > intentStart) row[intentStart + intentIndex[reader.IsDBNull(2) ? NoIntent : reader.GetString(2)]] = 1f;
                rows.Add(row);
            }
        }
        var matrix = InSessionOrder(ids, [.. rows], [.. labels], columns, groups);
        return sample.IsWhole ? matrix : matrix.OfLog(rowCount);
    }

    /// <summary>What the sample keeps, with room for the hash's chance (its SD is under √n).</summary>
    private static long ExpectedKept(ModelSample sample) =>
        Math.Min(sample.Total, sample.Sessions + 4 * (long)Math.Ceiling(Math.Sqrt(sample.Sessions)));

    /// <summary>
    /// The rows in session_id order. The features file is written in that order, so this is usually a check: asking
    /// DuckDB to sort ten million rows on the way out held gigabytes of native memory before the first fold.
    /// </summary>
    private static FeatureMatrix InSessionOrder(List<string> ids, float[][] rows, int[] labels, List<string> columns, List<FeatureGroup> groups)
    {
        var sorted = true;
        for (var i = 1; i < ids.Count && sorted; i++) sorted = string.CompareOrdinal(ids[i - 1], ids[i]) <= 0;
        if (sorted) return new FeatureMatrix(ids, rows, labels, columns, groups);
        var order = Enumerable.Range(0, ids.Count).ToArray();
        Array.Sort(order, (a, b) => string.CompareOrdinal(ids[a], ids[b]));
        return new FeatureMatrix(order.Select(i => ids[i]).ToList(), order.Select(i => rows[i]).ToArray(), order.Select(i => labels[i]).ToArray(),
                                 columns, groups);
    }

    private static bool IsNumeric(string duckDbType) =>
        duckDbType is "BOOLEAN" or "TINYINT" or "SMALLINT" or "INTEGER" or "BIGINT" or "HUGEINT" or "UTINYINT" or "USMALLINT" or "UINTEGER"
            or "UBIGINT" or "FLOAT" or "DOUBLE" || duckDbType.StartsWith("DECIMAL", StringComparison.Ordinal);

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";

    /// <summary>The matrix's columns: each numeric column (and its indicator when it has NULLs), then one per intent.</summary>
    private static (List<string> Columns, List<FeatureGroup> Groups, int IntentStart) Layout(IReadOnlyList<string> numericNames, ISet<int> withMissing,
                                                                                           IReadOnlyList<string> intentLevels)
    {
        var columns = new List<string>();
        var groups = new List<FeatureGroup>();
        for (var j = 0; j < numericNames.Count; j++)
        {
            var indices = new List<int> { columns.Count };
            columns.Add(numericNames[j]);
            if (withMissing.Contains(j)) { indices.Add(columns.Count); columns.Add(numericNames[j] + "_missing"); }
            groups.Add(new FeatureGroup(numericNames[j], indices));
        }
        var intentStart = columns.Count;
        if (intentLevels.Count > 1 || intentLevels.FirstOrDefault() is not (null or NoIntent))
        {
            groups.Add(new FeatureGroup(IntentColumn, Enumerable.Range(intentStart, intentLevels.Count).ToList()));
            columns.AddRange(intentLevels.Select(l => $"intent={l}"));
        }
        return (columns, groups, intentStart);
    }

    /// <summary>Encodes raw values (NULL = missing) into a matrix: one-hot intents, imputation with indicators.</summary>
    public static FeatureMatrix Build(IReadOnlyList<string> sessionIds, IReadOnlyList<int> labels, IReadOnlyList<string> intents,
                                      IReadOnlyList<string> numericNames, IReadOnlyList<double?[]> values)
    {
        var intentLevels = intents.Distinct().Order(StringComparer.Ordinal).ToList();
        var withMissing = Enumerable.Range(0, numericNames.Count).Where(j => values.Any(r => r[j] is null)).ToHashSet();
        var (columns, groups, intentStart) = Layout(numericNames, withMissing, intentLevels);

        var rows = new float[values.Count][];
        for (var i = 0; i < values.Count; i++)
        {
            var row = new float[columns.Count];
            var c = 0;
            for (var j = 0; j < numericNames.Count; j++)
            {
                row[c++] = (float)(values[i][j] ?? 0.0);
                if (withMissing.Contains(j)) row[c++] = values[i][j] is null ? 1f : 0f;
            }
            if (columns.Count > intentStart) row[intentStart + intentLevels.IndexOf(intents[i])] = 1f;
            rows[i] = row;
        }
        return new FeatureMatrix(sessionIds, rows, labels.ToArray(), columns, groups);
    }
}
