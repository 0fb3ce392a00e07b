using BlindSpot.Audit;
using BlindSpot.Modeling;
using BlindSpot.Simulation;
using BlindSpot.Studies;

namespace BlindSpot.Tests.Audit;

/// <summary>Simulate → features → linear nested model, 5-fold × 1 → audit rows (<see cref="AuditPower.Rows"/>).</summary>
internal static class PlantedAudit
{
    public static IReadOnlyList<AuditRow> Rows(int seed, int sessions, bool hiddenFailures, bool sentimentOnly = false, bool equalScope = false)
    {
        var options = new SimulationOptions { Seed = seed, Sessions = sessions, Effects = new PlantedEffects { HiddenFailures = hiddenFailures } };
        return AuditPower.Rows(equalScope ? AuditPower.EqualScope(options) : options, sentimentOnly ? SentimentOnly : null);
    }

    /// <summary>The same sessions with only the user-sentiment columns (and their missing indicators) as features.</summary>
    public static FeatureMatrix SentimentOnly(FeatureMatrix data)
    {
        var keep = data.Columns.Select((c, i) => (c, i)).Where(x => x.c.Contains("sentiment", StringComparison.Ordinal)).Select(x => x.i).ToArray();
        return new FeatureMatrix(data.SessionIds, data.Rows.Select(r => keep.Select(i => r[i]).ToArray()).ToArray(), data.Labels,
                                 keep.Select(i => data.Columns[i]).ToList());
    }
}
