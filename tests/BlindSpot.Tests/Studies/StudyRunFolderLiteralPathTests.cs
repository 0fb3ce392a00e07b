using BlindSpot.Modeling;
using BlindSpot.Simulation;
using BlindSpot.Studies;

namespace BlindSpot.Tests.Studies;

/// <summary>A run folder whose name DuckDB would read as a pattern is read as itself, not as the folder beside it.</summary>
public class StudyRunFolderLiteralPathTests
{
    [Fact]
    public void A_run_folder_named_run_1_in_brackets_reads_its_own_features_and_predictions_not_those_of_run1()
    {
        using var folder = new TempFolder();
        var mine = DatasetWriter.Write(new SimulationOptions { Seed = 5, Sessions = 120 }, Path.Combine(folder.Path, "log"));
        var decoy = DatasetWriter.Write(new SimulationOptions { Seed = 6, Sessions = 200 }, Path.Combine(folder.Path, "other"));
        var run = Path.Combine(folder.Path, "run[1]");
        var beside = Path.Combine(folder.Path, "run1"); // what the pattern run[1] would match
        StudyOptions In(string runFolder) => new() { Modeling = new ModelingOptions { Learners = ["linear"], Folds = 3, ShuffledControl = false }, RunFolder = runFolder };

        using (var decoyStudy = new Study(decoy.TurnsParquet, In(beside), TextWriter.Null))
            PredictionsFile.Write(Path.Combine(beside, Study.PredictionsFileName), decoyStudy.Models().Results);
        using (var first = new Study(mine.TurnsParquet, In(run), TextWriter.Null))
            PredictionsFile.Write(Path.Combine(run, Study.PredictionsFileName), first.Models().Results);

        var notes = new StringWriter();
        using var again = new Study(mine.TurnsParquet, In(run), notes);
        Assert.Equal(120, again.Features().Count);
        Assert.Equal(120, again.AuditRows("linear").Count);
        Assert.Equal("", notes.ToString()); // its own files were found fresh: nothing rebuilt
    }
}
