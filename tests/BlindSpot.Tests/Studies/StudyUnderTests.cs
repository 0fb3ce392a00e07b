using System.Text.Json;
using BlindSpot.Simulation;
using BlindSpot.Sql;
using BlindSpot.Studies;

namespace BlindSpot.Tests.Studies;

/// <summary>One loaded log serves every outcome definition, and each gets what a study of its own would.</summary>
public class StudyUnderTests
{
    [Fact]
    public void Each_definition_of_a_shared_log_gets_the_outcomes_features_and_prefixes_of_a_study_of_its_own()
    {
        using var folder = new TempFolder();
        var dataset = DatasetWriter.Write(new SimulationOptions { Sessions = 300, Seed = 8, Returns = ReturnOptions.On }, folder.Path);
        StudyOptions Options(string definition) => new()
        {
            Sql = new SqlStageOptions { OutcomeDefinition = definition }, TruthPath = dataset.TruthParquet, MaxK = 3,
            SqlFiles = SqlDirectory.At(RepoPaths.Of("sql")),
        };
        using var log = new Study(dataset.TurnsParquet, Options("three_tier"));
        string[] definitions = ["escalation_only", "no_return_7d", "three_tier"];
        var shared = definitions.ToDictionary(d => d, log.Under);

        // interleaved, so each step finds the outcomes table last built for another definition
        var features = definitions.ToDictionary(d => d, d => shared[d].Features());
        var outcomes = definitions.ToDictionary(d => d, d => shared[d].Outcomes());
        var prefixes = definitions.Reverse().ToDictionary(d => d, d => shared[d].Prefixes());

        foreach (var definition in definitions)
        {
            Assert.Same(log.LoadedLog, shared[definition].LoadedLog);
            using var own = new Study(dataset.TurnsParquet, Options(definition));
            Assert.Equal(JsonSerializer.Serialize(own.Outcomes()), JsonSerializer.Serialize(outcomes[definition]));
            var (mine, theirs) = (own.Features(), features[definition]);
            Assert.Equal(mine.SessionIds, theirs.SessionIds);
            Assert.Equal(mine.Labels, theirs.Labels);
            Assert.Equal(mine.Columns, theirs.Columns);
            Assert.Equal(own.Prefixes().Labels, prefixes[definition].Labels);
            Assert.Equal(own.Prefixes().SessionIds, prefixes[definition].SessionIds);
        }
        Assert.True(features["no_return_7d"].Count < features["three_tier"].Count); // the return window leaves the last week out

        shared["escalation_only"].Dispose();
        Assert.Equal("three_tier", log.Outcomes().OutcomeDefinition); // the log outlives the studies under it
    }
}
