using BlindSpot.Audit;
using BlindSpot.Core;
using BlindSpot.Modeling;
using BlindSpot.Simulation;
using BlindSpot.Studies;

namespace BlindSpot.Tests.Audit;

/// <summary>An audit by a column other than intent: an extra column of the turn log (a channel), and a feature column.</summary>
public class AuditByColumnTests
{
    [Fact]
    public void The_audit_groups_by_an_extra_column_of_the_turn_log_and_by_a_feature_column()
    {
        using var folder = new TempFolder();
        var dataset = DatasetWriter.Write(new SimulationOptions { Seed = 5, Sessions = 400 }, folder.Path);
        // The same log with a channel per session, carried through as an extra column, as a team's export might have it.
        var withChannel = Path.Combine(folder.Path, "turns_with_channel.parquet");
        using (var db = DuckDb.OpenInMemory())
            db.Execute($"COPY (SELECT *, CASE WHEN hash(session_id) % 3 = 0 THEN 'app' ELSE 'web' END AS channel " +
                       $"FROM read_parquet({DuckDb.Literal(dataset.TurnsParquet)})) TO {DuckDb.Literal(withChannel)} (FORMAT parquet)");
        var run = Path.Combine(folder.Path, "run");
        var features = Path.Combine(run, Study.FeaturesFileName);
        using var study = new Study(withChannel, new StudyOptions { Modeling = new ModelingOptions { Folds = 3, Seed = 5 }, RunFolder = run });

        var byChannel = study.AuditRows("linear", groupColumn: "channel");
        var byIntent = study.AuditRows("linear");

        Assert.Equal(400, byChannel.Count);
        Assert.Equal(["app", "web"], byChannel.Select(r => r.Group).Distinct().Order());
        Assert.Equal(byIntent.Select(r => (r.SessionId, r.Predicted)), byChannel.Select(r => (r.SessionId, r.Predicted)));
        var expected = AuditGroups.Read(features, withChannel, "channel");
        Assert.All(byChannel, r => Assert.Equal(expected[r.SessionId], r.Group));
        using (var db = DuckDb.OpenInMemory())
            Assert.Equal(db.Scalar<long>($"SELECT count(DISTINCT session_id) FROM read_parquet({DuckDb.Literal(withChannel)}) WHERE channel = 'app'"),
                byChannel.LongCount(r => r.Group == "app"));

        var audit = new GroupAudit(byChannel, new AuditOptions { Bootstrap = 50 });
        Assert.Equal(["app", "web"], audit.Groups);
        Assert.Equal(audit.Rows, audit.ByGroup(AuditMetric.FalseNegativeRate).Sum(g => g.Rows));

        var byFailures = study.AuditRows("linear", groupColumn: "n_failures");
        Assert.Contains("0", byFailures.Select(r => r.Group));
    }

    [Fact]
    public void An_unknown_column_is_an_error_that_lists_the_columns_there_are()
    {
        using var folder = new TempFolder();
        var dataset = DatasetWriter.Write(new SimulationOptions { Seed = 6, Sessions = 60 }, folder.Path);
        var features = FeaturesFile.Write(dataset.TurnsParquet, folder.Path);

        var error = Assert.Throws<ArgumentException>(() => AuditGroups.Read(features, dataset.TurnsParquet, "country"));
        Assert.StartsWith("No column 'country' to audit by: the features file has session_id, ", error.Message);
        Assert.Contains("the turn log has session_id, turn_index, ts, speaker, intent, text, sentiment, bot_failure, event", error.Message);
    }
}
