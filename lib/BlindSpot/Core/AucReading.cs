namespace BlindSpot.Core;

/// <summary>
/// An AUC as the project reads it: undefined (NaN) with fewer than <see cref="EffectChecks.MinPerClassForAuc"/> of either
/// class, where one session decides it; never "below chance" then.
/// </summary>
public static class AucReading
{
    public static double Defined(double auc, int positives, int negatives) =>
        EffectChecks.Auc(positives, negatives).IsTestable ? auc : double.NaN;

    /// <summary>Three decimals, or "undefined (n positives, m negatives)".</summary>
    public static string Text(double auc, int positives, int negatives) =>
        double.IsFinite(Defined(auc, positives, negatives)) ? NumberText.Number(auc, 3) : $"undefined ({positives} positives, {negatives} negatives)";
}
