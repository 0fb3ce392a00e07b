using BlindSpot.Core;
using BlindSpot.Modeling;
using BlindSpot.Sql;

namespace BlindSpot.Tests.Modeling;

public class FeatureLoaderTests
{
    [Fact]
    public void Features_exclude_identifiers_and_the_leaky_column_and_flag_every_imputed_value()
    {
        using var folder = new TempFolder();
        var path = FeaturesFile.Write(RepoPaths.Of("data", "turns.csv"), folder.Path, sql: SqlDirectory.At(RepoPaths.Of("sql")));
        var data = FeatureLoader.Load(path);

        Assert.Equal(1250, data.Count);
        Assert.DoesNotContain("session_id", data.Columns);
        Assert.DoesNotContain("outcome", data.Columns);
        Assert.DoesNotContain(data.Columns, c => c.StartsWith("failures_before_handoff", StringComparison.Ordinal));
        Assert.Equal(6, data.Columns.Count(c => c.StartsWith("intent=", StringComparison.Ordinal)));
        Assert.All(data.Rows, r => Assert.Equal(1f, data.Columns.Select((c, i) => c.StartsWith("intent=", StringComparison.Ordinal) ? r[i] : 0f).Sum()));

        using var db = DuckDb.OpenInMemory();
        var velocityNulls = db.Scalar<long>($"SELECT count(*) FROM read_parquet({DuckDb.Literal(path)}) WHERE sentiment_velocity IS NULL");
        Assert.True(velocityNulls > 0);
        var flag = data.Columns.ToList().IndexOf("sentiment_velocity_missing");
        var value = data.Columns.ToList().IndexOf("sentiment_velocity");
        Assert.Equal(velocityNulls, data.Rows.Count(r => r[flag] == 1f));
        Assert.All(data.Rows.Where(r => r[flag] == 1f), r => Assert.Equal(0f, r[value]));
        Assert.Equal(
            db.Query($"SELECT outcome, count(*) AS n FROM read_parquet({DuckDb.Literal(path)}) GROUP BY outcome ORDER BY outcome")["n"].Cast<long>().ToArray(),
            new long[] { data.ClassCounts()[(int)Outcome.Abandoned], data.ClassCounts()[(int)Outcome.Escalated], data.ClassCounts()[(int)Outcome.Resolved] });
    }

    [Fact]
    public void A_features_file_in_another_order_loads_in_session_order_with_each_row_beside_its_id()
    {
        using var folder = new TempFolder();
        var sorted = FeaturesFile.Write(RepoPaths.Of("data", "turns.csv"), folder.Path, sql: SqlDirectory.At(RepoPaths.Of("sql")));
        var shuffled = folder.File("shuffled.parquet");
        using (var db = DuckDb.OpenInMemory())
            db.Execute($"COPY (SELECT * FROM read_parquet({DuckDb.Literal(sorted)}) ORDER BY hash(session_id)) TO {DuckDb.Literal(shuffled)} (FORMAT parquet)");

        var expected = FeatureLoader.Load(sorted);
        var loaded = FeatureLoader.Load(shuffled);

        Assert.Equal(expected.SessionIds, loaded.SessionIds);
        Assert.Equal(expected.Labels, loaded.Labels);
        Assert.Equal(expected.Columns, loaded.Columns);
        for (var i = 0; i < expected.Count; i++) Assert.Equal(expected.Rows[i], loaded.Rows[i]);
    }

    [Fact]
    public void Predictions_file_holds_every_session_per_repeat_with_its_fold()
    {
        using var folder = new TempFolder();
        var data = SyntheticData.Make(perClass: 20);
        var result = CrossValidator.Run(data, new LinearLearner(), FoldPlan.Stratified(data.Labels, 3, 2, seed: 1));
        var path = PredictionsFile.Write(folder.File("predictions.parquet"), [result]);
        using var db = DuckDb.OpenInMemory();
        var p = DuckDb.Literal(path);
        Assert.Equal(120L, db.Scalar<long>($"SELECT count(*) FROM read_parquet({p})"));
        Assert.Equal(60L, db.Scalar<long>($"SELECT count(DISTINCT session_id) FROM read_parquet({p}) WHERE \"repeat\" = 1"));
        var first = result.Predictions[0];
        Assert.Equal((long)first.Fold, db.Scalar<long>($"SELECT fold FROM read_parquet({p}) WHERE \"repeat\" = 0 AND session_id = ?", first.SessionId));
        Assert.Equal(first.LevelOneScore, db.Scalar<double>($"SELECT l1_score FROM read_parquet({p}) WHERE \"repeat\" = 0 AND session_id = ?", first.SessionId));
    }
}
