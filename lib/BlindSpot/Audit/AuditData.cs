using BlindSpot.Core;
using BlindSpot.Modeling;

namespace BlindSpot.Audit;

/// <summary>
/// The rows an audit runs on: one learner's nested out-of-fold predictions for one repeat (every session once), joined
/// with the grouping column of the features file: read from <c>predictions.parquet</c> (notebook 03), or taken from a
/// cross-validation in memory. Which of the two is the Study's choice (<see cref="Studies.Study.AuditRows"/>).
/// </summary>
public static class AuditData
{
    /// <summary>From the predictions file, joined on session_id with <paramref name="groupColumn"/> of the features file.</summary>
    public static IReadOnlyList<AuditRow> FromPredictions(string predictionsPath, string featuresPath, string learner, int repeat = 0,
                                                          string groupColumn = FeatureLoader.IntentColumn)
    {
        foreach (var path in new[] { predictionsPath, featuresPath })
            if (!File.Exists(path)) throw new FileNotFoundException($"Not found: {path}", path);
        using var db = DuckDb.OpenInMemory();
        var column = "\"" + groupColumn.Replace("\"", "\"\"") + "\"";
        using var command = db.CreateCommand($"""
            SELECT p.session_id, CAST(f.{column} AS VARCHAR) AS grp, p.fold, p.true_label, p.nested_pred, p.l1_score, p.l2_score
            FROM read_parquet({DuckDbPath.Literal(predictionsPath)}) p
            LEFT JOIN read_parquet({DuckDbPath.Literal(featuresPath)}) f USING (session_id)
            WHERE p.learner = $1 AND p."repeat" = $2
            ORDER BY p.session_id
            """, learner, repeat);
        MemoryBudget.EnsureFits(MemoryBudget.Audit(db.Scalar<long>(
            $"SELECT count(*) FROM read_parquet({DuckDbPath.Literal(predictionsPath)}) WHERE learner = $1 AND \"repeat\" = $2", learner, repeat)));
        using var reader = command.ExecuteReader();
        var rows = new List<AuditRow>();
        while (reader.Read())
            rows.Add(new AuditRow(reader.GetString(0), reader.IsDBNull(1) ? FeatureLoader.NoIntent : reader.GetString(1), reader.GetInt32(2),
                Outcomes.Index(reader.GetString(3)), Outcomes.Index(reader.GetString(4)), reader.GetDouble(5),
                NestedModel.LevelTwoClass(reader.GetDouble(6))));
        if (rows.Count == 0)
            throw new InvalidDataException($"{predictionsPath} has no predictions of learner '{learner}' in repeat {repeat}.");
        return rows;
    }

    /// <summary>
    /// From a cross-validation result in memory; each row's group from <paramref name="groups"/> (by row), or by default
    /// from the one-hot intent columns of its features.
    /// </summary>
    public static IReadOnlyList<AuditRow> FromCv(CvResult result, IReadOnlyList<string>? groups = null, int repeat = 0)
    {
        var intents = groups ?? Intents(result.Data);
        if (intents.Count != result.Data.Count) throw new ArgumentException($"{intents.Count} groups for {result.Data.Count} rows.");
        return result.Predictions.Where(p => p.Repeat == repeat)
            .Select(p => new AuditRow(p.SessionId, intents[p.Row], p.Fold, p.Truth, p.NestedPrediction, p.LevelOneScore, p.LevelTwoPrediction))
            .OrderBy(r => r.SessionId, StringComparer.Ordinal).ToList();
    }

    /// <summary>Each row's intent, read back from the one-hot <c>intent=…</c> columns (none set: "(none)").</summary>
    public static IReadOnlyList<string> Intents(FeatureMatrix data)
    {
        var columns = data.Columns.Select((name, index) => (name, index)).Where(c => c.name.StartsWith(FeatureLoader.IntentColumn + "=", StringComparison.Ordinal)).ToList();
        return data.Rows.Select(row => columns.FirstOrDefault(c => row[c.index] == 1f).name?[(FeatureLoader.IntentColumn.Length + 1)..] ?? FeatureLoader.NoIntent).ToList();
    }
}
