using BlindSpot.Core;

namespace BlindSpot.Modeling;

/// <summary>
/// Writes the out-of-fold predictions of both designs to Parquet, one row per session, repeat and learner:
/// session_id, learner, repeat, fold, true_label, flat_pred, nested_pred, l1_score (P(failed)),
/// l2_score (P(abandoned | failed)), flat_score_resolved / _escalated / _abandoned. Repeats and folds are 0-based.
/// </summary>
public static class PredictionsFile
{
    /// <summary>Writes the predictions, recording the features' provenance (outcome definition, turn log) in the file.</summary>
    public static string Write(string path, IEnumerable<CvResult> results)
    {
        var list = results.ToList();
        var provenance = list.Select(r => r.Data.Provenance).FirstOrDefault(p => p is not null);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var partial = path + ".partial";
        // Under a memory budget DuckDB may hold a quarter of it and spill the rest beside the file: at ten million sessions
        // the table is gigabytes on top of the predictions the process already holds.
        var spill = partial + ".tmp";
        using var db = DuckDb.Open(null, MemoryBudget.Limit is { } limit ? $"{Math.Max(256, limit / 4 / 1_000_000)}MB" : null);
        if (MemoryBudget.Limit is not null) db.Execute($"SET temp_directory = {DuckDb.Literal(spill)}");
        db.Execute("""
            CREATE TABLE predictions (
                session_id VARCHAR, learner VARCHAR, "repeat" INTEGER, fold INTEGER, true_label VARCHAR,
                flat_pred VARCHAR, nested_pred VARCHAR, l1_score DOUBLE, l2_score DOUBLE,
                flat_score_resolved DOUBLE, flat_score_escalated DOUBLE, flat_score_abandoned DOUBLE)
            """);
        // Appended in the file's order (learner, repeat, session), so that DuckDB writes them as they come instead of sorting
        // a copy of the whole table.
        using (var appender = db.CreateAppender("predictions"))
        {
            foreach (var result in list.OrderBy(r => r.Learner, StringComparer.Ordinal))
                foreach (var p in result.Predictions.OrderBy(p => p.Repeat).ThenBy(p => p.SessionId, StringComparer.Ordinal))
                    appender.CreateRow()
                        .AppendValue(p.SessionId).AppendValue(result.Learner).AppendValue(p.Repeat).AppendValue(p.Fold)
                        .AppendValue(Outcomes.Name(p.Truth)).AppendValue(Outcomes.Name(p.FlatPrediction))
                        .AppendValue(Outcomes.Name(p.NestedPrediction)).AppendValue(p.LevelOneScore).AppendValue(p.LevelTwoScore)
                        .AppendValue(p.FlatScores[0]).AppendValue(p.FlatScores[1]).AppendValue(p.FlatScores[2])
                        .EndRow();
        }
        db.Execute($"COPY predictions TO {DuckDb.Literal(partial)} " +
                   $"(FORMAT parquet, COMPRESSION zstd{ParquetFromReader.KvMetadata(provenance?.Pairs)})");
        File.Move(partial, path, overwrite: true);
        if (Directory.Exists(spill)) Directory.Delete(spill, recursive: true);
        return path;
    }
}
