using BlindSpot.Sql;
using BlindSpot.Studies;

namespace BlindSpot.Tests;

/// <summary>A turn log's features file, made the way notebook 02 hands it on: a Study's run folder.</summary>
public static class FeaturesFile
{
    public static string Write(string turnLog, string runFolder, string definition = SqlSession.DefaultOutcomeDefinition, SqlDirectory? sql = null)
    {
        using var study = new Study(turnLog, new StudyOptions { Sql = new SqlStageOptions { OutcomeDefinition = definition }, SqlFiles = sql, RunFolder = runFolder });
        return study.EnsureFeaturesFile();
    }
}
