using BlindSpot.Core;

namespace BlindSpot.EarlyWarning;

/// <summary>Out-of-fold forecasts at one k: for each session still going at user turn k, its score and the truth.</summary>
public sealed record PrefixScores(int K, string FeatureSet, Target Target, int[] Sessions, double[] Scores, bool[] Truth)
{
    public double Auc => BinaryMetrics.RocAuc(Scores, Truth);

    public int Positives => Truth.Count(t => t);

    public int Negatives => Truth.Length - Positives;

    /// <summary><see cref="Auc"/> where both classes have enough sessions to define it (<see cref="AucReading"/>), NaN otherwise.</summary>
    public double DefinedAuc => AucReading.Defined(Auc, Positives, Negatives);
}
