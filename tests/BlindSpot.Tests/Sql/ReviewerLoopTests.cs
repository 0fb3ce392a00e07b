using BlindSpot.Core;
using BlindSpot.Logs;
using BlindSpot.Simulation;
using BlindSpot.Sql;
using BlindSpot.Studies;

namespace BlindSpot.Tests.Sql;

/// <summary>An edited outcome definition reaches every hand-over file, and a stale hand-over is never used silently.</summary>
public class ReviewerLoopTests
{
    [Fact]
    public void Features_made_under_another_definition_are_rebuilt_and_say_so()
    {
        using var folder = new TempFolder();
        var dataset = DatasetWriter.Write(new SimulationOptions { Seed = 3, Sessions = 200 }, folder.Path);
        var features = Path.Combine(folder.Path, Study.FeaturesFileName);

        using var first = StudyOf(dataset.TurnsCsv, folder.Path, "three_tier");
        var threeTier = first.Features();
        Assert.Equal("three_tier", threeTier.Provenance!.OutcomeDefinition);
        Assert.Contains((int)Outcome.Abandoned, threeTier.Labels);

        var captured = new StringWriter();
        using var edited = StudyOf(dataset.TurnsCsv, folder.Path, "escalation_only", captured);
        var escalationOnly = edited.Features();

        Assert.Equal("escalation_only", escalationOnly.Provenance!.OutcomeDefinition);
        Assert.DoesNotContain((int)Outcome.Abandoned, escalationOnly.Labels);
        Assert.Equal([(int)Outcome.Resolved, (int)Outcome.Escalated], escalationOnly.PresentClasses);
        Assert.StartsWith("features.parquet was made with outcome definition 'three_tier', turn log rows:", captured.ToString());
        Assert.Contains("rebuilding it with outcome definition 'escalation_only'", captured.ToString());
        Assert.Equal(escalationOnly.Provenance, Provenance.Read(features));
    }

    [Fact]
    public void A_stale_features_file_without_its_turn_log_stops_with_a_message_naming_both_definitions()
    {
        using var folder = new TempFolder();
        var dataset = DatasetWriter.Write(new SimulationOptions { Seed = 3, Sessions = 120 }, folder.Path);
        FeaturesFile.Write(dataset.TurnsCsv, folder.Path, "three_tier");
        var gone = Path.Combine(folder.Path, "gone.csv");

        using var edited = StudyOf(gone, folder.Path, "quiet_success");
        var error = Assert.Throws<InvalidDataException>(() => edited.Features());
        Assert.Contains("was made under the outcome definition 'three_tier', not 'quiet_success'", error.Message);
        Assert.Contains("run notebook 02 with outcomeDefinition = \"quiet_success\"", error.Message);
        using var unchanged = StudyOf(gone, folder.Path, "three_tier");
        Assert.Equal("three_tier", unchanged.Features().Provenance!.OutcomeDefinition);
    }

    private static Study StudyOf(string turnLog, string runFolder, string definition, TextWriter? notes = null) =>
        new(turnLog, new StudyOptions { Sql = new SqlStageOptions { OutcomeDefinition = definition }, RunFolder = runFolder }, notes ?? TextWriter.Null);

    [Fact]
    public void The_turn_log_fingerprint_is_the_same_for_the_csv_and_the_parquet_of_one_log_and_differs_for_another()
    {
        using var folder = new TempFolder();
        var a = DatasetWriter.Write(new SimulationOptions { Seed = 3, Sessions = 100 }, Path.Combine(folder.Path, "a"));
        var b = DatasetWriter.Write(new SimulationOptions { Seed = 4, Sessions = 100 }, Path.Combine(folder.Path, "b"));

        Assert.Equal(TurnLogFingerprint.Of(a.TurnsCsv), TurnLogFingerprint.Of(a.TurnsParquet));
        Assert.NotEqual(TurnLogFingerprint.Of(a.TurnsParquet), TurnLogFingerprint.Of(b.TurnsParquet));
        Assert.Matches("^rows:[0-9a-f]{16}$", TurnLogFingerprint.Of(a.TurnsCsv));
    }

    [Fact]
    public void Definitions_that_read_feature_inputs_are_flagged_circular_and_the_shipped_taxonomies_are_not()
    {
        var features = new[] { "session_id", "n_failures", "last_sentiment", "min_sentiment", "outcome" };
        Assert.Empty(OutcomeCircularity.Of("three_tier", features));
        Assert.Empty(OutcomeCircularity.Of("escalation_only", features));
        Assert.Equal(["bot_failure", "sentiment", "last_sentiment"], OutcomeCircularity.Of("quiet_success", features));
        Assert.Equal(["n_failures"], OutcomeCircularity.SharedColumns(
            "-- a comment naming sentiment\nSELECT session_id, CASE WHEN f.n_failures >= 2 THEN 'abandoned' ELSE 'sentiment' END AS outcome FROM x f", features));
        Assert.StartsWith("Circular for modelling: the outcome definition 'quiet_success' reads bot_failure, sentiment, last_sentiment",
            OutcomeCircularity.Describe("quiet_success", ["bot_failure", "sentiment", "last_sentiment"]));
        Assert.Equal("", OutcomeCircularity.Describe("three_tier", []));
    }

    [Theory]
    [InlineData(-0.0265, 1, "+0.0")]
    [InlineData(-0.05, 1, "-0.1")]
    [InlineData(1.25, 1, "+1.3")]
    [InlineData(0.0344, 3, "+0.034")]
    [InlineData(-20, 0, "-20")]
    public void Signed_differences_never_read_minus_plus(double value, int decimals, string expected) =>
        Assert.Equal(expected, Signed.Format(value, decimals));
}
