using BlindSpot.Core;
using BlindSpot.Logs;
using BlindSpot.Sql;
using Xunit.Abstractions;

namespace BlindSpot.Tests.Logs;

/// <summary>
/// The committed log as a webchat export without its signal columns: imported with a mapping, its derived signals
/// against the ones the simulator wrote. Thresholds: outcome shares within 3 points, bot-failure F1 ≥ 0.6, sentiment
/// Spearman ≥ 0.4.
/// </summary>
public class ExportImportTests(ITestOutputHelper output)
{
    [Fact]
    public void A_webchat_export_without_signal_columns_imports_and_its_derived_signals_agree_with_the_originals()
    {
        using var dir = new TempFolder();
        var export = Path.Combine(dir.Path, "webchat");
        WebchatExport.Write(RepoPaths.Of("data", "turns.csv"), export);
        File.WriteAllText(dir.File("map.json"), WebchatExport.Mapping);
        var before = Directory.GetFiles(export).ToDictionary(f => f, File.ReadAllBytes);

        var report = ExportImporter.Import(export, ImportMapping.Read(dir.File("map.json")), dir.File("turns.parquet"));

        Assert.Equal(1250, report.Sessions);
        Assert.Equal(0, report.RejectedSessions);
        Assert.Equal(["bot_failure", "event", "intent", "sentiment"], report.DerivedColumns);
        Assert.Equal(report.DerivedColumns, ExportImporter.DerivedColumnsOf(dir.File("turns.parquet")));
        Assert.All(before, f => Assert.Equal(f.Value, File.ReadAllBytes(f.Key)));

        var original = Shares(RepoPaths.Of("data", "turns.csv"));
        var imported = Shares(dir.File("turns.parquet"));
        using var db = DuckDb.OpenInMemory();
        db.Execute($"CREATE TABLE o AS SELECT session_id, CAST(turn_index AS INTEGER) AS turn_index, CAST(NULLIF(sentiment, '') AS DOUBLE) AS sentiment, " +
                   $"CAST(NULLIF(bot_failure, '') AS BOOLEAN) AS bot_failure FROM read_csv({DuckDb.Literal(RepoPaths.Of("data", "turns.csv"))}, header = true, all_varchar = true)");
        db.Execute($"CREATE TABLE d AS SELECT * FROM read_parquet({DuckDb.Literal(dir.File("turns.parquet"))})");
        var (tp, fp, fn) = (Count(db, "o.bot_failure AND d.bot_failure"), Count(db, "NOT o.bot_failure AND d.bot_failure"), Count(db, "o.bot_failure AND NOT d.bot_failure"));
        var precision = tp / (tp + fp);
        var recall = tp / (tp + fn);
        var f1 = 2 * precision * recall / (precision + recall);
        var spearman = db.Scalar<double>("SELECT corr(ro, rd) FROM (SELECT rank() OVER (ORDER BY o.sentiment) AS ro, rank() OVER (ORDER BY d.sentiment) AS rd " +
                                         "FROM o JOIN d USING (session_id, turn_index) WHERE o.sentiment IS NOT NULL AND d.sentiment IS NOT NULL)");
        output.WriteLine($"shares original {original} imported {imported}; bot_failure precision {precision:0.000} recall {recall:0.000} F1 {f1:0.000}; sentiment Spearman {spearman:0.000}");

        Assert.Equal(original.Resolved, imported.Resolved, 0.03);
        Assert.Equal(original.Escalated, imported.Escalated, 0.03);
        Assert.Equal(original.Abandoned, imported.Abandoned, 0.03);
        Assert.True(f1 >= 0.6, $"bot-failure F1 {f1:0.000}");
        Assert.True(spearman >= 0.4, $"sentiment Spearman {spearman:0.000}");
    }

    private static double Count(DuckDB.NET.Data.DuckDBConnection db, string condition) =>
        db.Scalar<long>($"SELECT count(*) FROM o JOIN d USING (session_id, turn_index) WHERE {condition}");

    private static (double Resolved, double Escalated, double Abandoned) Shares(string turnLog)
    {
        using var sql = new SqlSession(SqlDirectory.At(RepoPaths.Of("sql")));
        sql.LoadTurns(turnLog);
        var f = SqlStage.Run(sql, new SqlStageOptions()).Findings;
        return (Math.Round(f.ResolvedShare, 3), Math.Round(f.EscalatedShare, 3), Math.Round(f.AbandonedShare, 3));
    }
}
