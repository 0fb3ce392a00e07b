using BlindSpot.Charts;

namespace BlindSpot.Modeling;

/// <summary>Permutation importance as bars, flat beside nested, most important first: the table's numbers as a picture.</summary>
public static class ImportanceChart
{
    public static Figure Of(string learner, IReadOnlyList<FeatureImportance> importances) => Figures.GroupedBars(
        $"What the {learner} models use: drop in macro F1 when a feature is shuffled", "feature", "drop in macro F1",
        [.. importances.Select(i => i.Feature)],
        [
            new BarSeries("flat", [.. importances.Select(i => Math.Round(i.FlatDrop, 3))]),
            new BarSeries("nested", [.. importances.Select(i => Math.Round(i.NestedDrop, 3))]),
        ]);
}
