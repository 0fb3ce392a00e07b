using BlindSpot.Core;
using BlindSpot.Modeling;

namespace BlindSpot.Tests.Modeling;

/// <summary>
/// A learnable three-class problem shaped like ours: x0 separates failed from resolved, x1 separates escalated from
/// abandoned (uninformative for resolved), x2 is noise, x3 is sometimes missing (0 + indicator).
/// </summary>
internal static class SyntheticData
{
    public static FeatureMatrix Make(int perClass = 100, int seed = 3)
    {
        var random = new SplitMixRandom((ulong)seed);
        var ids = new List<string>();
        var labels = new List<int>();
        var intents = new List<string>();
        var values = new List<double?[]>();
        for (var i = 0; i < 3 * perClass; i++)
        {
            var label = i % 3;
            var failed = label != (int)Outcome.Resolved;
            ids.Add($"S{i:D5}");
            labels.Add(label);
            intents.Add(random.Chance(0.5) ? "billing" : "order_status");
            values.Add([
                random.Normal(failed ? 2 : -2, 0.6),
                label switch { (int)Outcome.Escalated => random.Normal(-2, 0.6), (int)Outcome.Abandoned => random.Normal(2, 0.6), _ => random.Normal(0, 1.5) },
                random.Normal(0, 1),
                random.Chance(0.3) ? null : random.Normal(0, 1),
            ]);
        }
        return FeatureLoader.Build(ids, labels, intents, ["x0", "x1", "x2", "x3"], values);
    }
}
