using BlindSpot.Modeling;
using BlindSpot.Studies;

namespace BlindSpot.Tests.Studies;

/// <summary>On a log larger than the model sample, a study with sampled repeats cross-validates with that many; on a log used whole, with its own.</summary>
public class SampledRepeatsTests
{
    private static StudyOptions Options(int modelSessions) => new()
    {
        Modeling = new ModelingOptions { Learners = [LinearLearner.Id], Folds = 3, Repeats = 2, ShuffledControl = false },
        ModelSessions = modelSessions,
        SampledRepeats = 1,
    };

    [Fact]
    public void A_sampled_log_is_cross_validated_once_and_a_whole_one_with_the_studys_repeats()
    {
        var turns = RepoPaths.Of("data", "turns.csv");
        using var sampled = new Study(turns, Options(modelSessions: 400), TextWriter.Null);
        var data = sampled.ModelFeatures();
        Assert.InRange(data.Count, 330, 470);
        Assert.Equal(1_250, data.LogSessions);
        Assert.Equal((1, 3), (sampled.Models().Results[0].Plan.Repeats, sampled.Models().Results[0].Plan.Folds));
        Assert.Equal(data.Count, sampled.Models().Results[0].Predictions.Count);

        using var whole = new Study(turns, Options(modelSessions: 0), TextWriter.Null);
        Assert.Equal(2, whole.Models().Results[0].Plan.Repeats);
        Assert.Equal(2 * 1_250, whole.Models().Results[0].Predictions.Count);
    }
}
