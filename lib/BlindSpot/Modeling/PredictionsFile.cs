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
        using var db = DuckDb.OpenInMemory();
        db.Execute("""
            CREATE TABLE predictions (
                session_id VARCHAR, learner VARCHAR, "repeat" INTEGER, fold INTEGER, true_label VARCHAR,
                flat_pred VARCHAR, nested_pred VARCHAR, l1_score DOUBLE, l2_score DOUBLE,
                flat_score_resolved DOUBLE, flat_score_escalated DOUBLE, flat_score_abandoned DOUBLE)
            """);
        using (var appender = db.CreateAppender("predictions"))
        {
            foreach (var result in list)
                foreach (var p in result.Predictions)
                    appender.CreateRow()
                        .AppendValue(p.SessionId).AppendValue(result.Learner).AppendValue(p.Repeat).AppendValue(p.Fold)
                        .AppendValue(Outcomes.Name(p.Truth)).AppendValue(Outcomes.Name(p.FlatPrediction))
                        .AppendValue(Outcomes.Name(p.NestedPrediction)).AppendValue(p.LevelOneScore).AppendValue(p.LevelTwoScore)
                        .AppendValue(p.FlatScores[0]).AppendValue(p.FlatScores[1]).AppendValue(p.FlatScores[2])
                        .EndRow();
        }
        db.Execute($"COPY (SELECT * FROM predictions ORDER BY learner, \"repeat\", session_id) TO {DuckDb.Literal(partial)} " +
                   $"(FORMAT parquet, COMPRESSION zstd{(provenance is null ? "" : ", " + provenance.KvMetadataOption)})");
        File.Move(partial, path, overwrite: true);
        return path;
    }
}
