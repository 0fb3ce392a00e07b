namespace BlindSpot.Core;

/// <summary>
/// Holm–Bonferroni: p-values adjusted for testing m hypotheses at once, step-down, so the chance of one or more false
/// flags among them stays at the level asked for. The i-th smallest p becomes max over j ≤ i of min(1, (m − j + 1) · p(j)).
/// </summary>
public static class Holm
{
    /// <summary>The adjusted p-values, in the order given; NaN stays NaN and does not count as a test.</summary>
    public static double[] Adjust(IReadOnlyList<double> pValues)
    {
        var adjusted = pValues.ToArray();
        var tested = Enumerable.Range(0, pValues.Count).Where(i => double.IsFinite(pValues[i])).OrderBy(i => pValues[i]).ThenBy(i => i).ToList();
        var m = tested.Count;
        var running = 0.0;
        for (var rank = 0; rank < m; rank++)
        {
            running = Math.Max(running, Math.Min(1, (m - rank) * pValues[tested[rank]]));
            adjusted[tested[rank]] = running;
        }
        return adjusted;
    }
}
