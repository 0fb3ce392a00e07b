using BlindSpot.Display;
using BlindSpot.Modeling;
using BlindSpot.Tests.Modeling;

namespace BlindSpot.Tests.Display;

public class ProgressNoteTests
{
    [Fact]
    public void Steps_are_counted_all_but_shown_at_most_once_an_interval_and_done_is_the_last_word()
    {
        var shown = new List<object>();
        var note = new ProgressNote("cross-validation", shown.Add) { Interval = TimeSpan.FromHours(1) };
        note.Report("1 of 3 folds fitted");
        note.Report("2 of 3 folds fitted");
        note.Report("3 of 3 folds fitted");
        note.Done($"{note.Steps} folds fitted");
        Assert.Equal(["cross-validation: 1 of 3 folds fitted", "cross-validation: 3 folds fitted"], shown);
    }

    [Fact]
    public void Cross_validation_reports_every_fold_it_fits_and_the_shuffled_control_says_it_is_the_control()
    {
        var shown = new List<object>();
        var note = new ProgressNote("modelling", shown.Add) { Interval = TimeSpan.Zero };
        var options = new ModelingOptions { Learners = [LinearLearner.Id], Folds = 3, Repeats = 2, Seed = 7 };
        ModelingStage.Run(SyntheticData.Make(perClass: 30), options, note);
        Assert.Equal(6 + 3, note.Steps);
        Assert.Equal(6, shown.Cast<string>().Count(s => s.StartsWith("modelling: ", StringComparison.Ordinal) && s.Contains(" of 6 folds fitted (last: linear, repeat ")));
        Assert.Equal(3, shown.Cast<string>().Count(s => s.StartsWith("modelling: shuffled-label control: ", StringComparison.Ordinal) && s.Contains(" of 3 folds fitted")));
        Assert.Contains("modelling: 6 of 6 folds fitted", string.Join("\n", shown));
    }
}
