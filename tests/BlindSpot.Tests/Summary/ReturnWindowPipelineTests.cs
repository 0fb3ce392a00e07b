using BlindSpot.Core;
using BlindSpot.Modeling;
using BlindSpot.Simulation;
using BlindSpot.Sql;
using BlindSpot.Studies;

namespace BlindSpot.Tests.Summary;

/// <summary>A definition that leaves the log's last week out still drives every stage, on the sessions it labels.</summary>
public class ReturnWindowPipelineTests
{
    [Fact]
    public void The_whole_study_runs_under_no_return_7d_on_the_sessions_it_labels_and_its_label_is_not_circular()
    {
        using var folder = new TempFolder();
        var dataset = DatasetWriter.Write(new SimulationOptions { Sessions = 500, Seed = 3, Returns = ReturnOptions.On }, folder.Path);
        using var returnStudy = new Study(dataset.TurnsCsv, new StudyOptions
        {
            Sql = new SqlStageOptions { OutcomeDefinition = "no_return_7d" },
            TruthPath = dataset.TruthParquet,
            Modeling = new ModelingOptions { Learners = [Learner.Names[0]], Folds = 3, ShuffledControl = false },
            Bootstrap = 20,
            MaxK = 3,
            SqlFiles = SqlDirectory.At(RepoPaths.Of("sql")),
        });
        var study = returnStudy.Run();
        var sql = returnStudy.LoadedLog;

        var labelled = sql.Connection.Scalar<long>("SELECT count(*) FROM outcomes");
        var leftOut = sql.LeftOutSessions()["no_return_7d"];
        Assert.Equal(dataset.Sessions, labelled + leftOut);
        Assert.InRange((double)leftOut / dataset.Sessions, 0.15, 0.35); // the last 7 of 28 days, and returns past them
        Assert.Equal(labelled, returnStudy.Features().Labels.Length);
        Assert.Empty(study.CircularColumns);
        Assert.Equal(["bot_failure"], sql.CircularColumns("assumed_resolution"));
        Assert.Equal(1.0, study.Outcomes.ResolvedShare + study.Outcomes.EscalatedShare + study.Outcomes.AbandonedShare, 1e-9);
        Assert.True(study.Outcomes.AbandonedShare > 0);
    }
}
