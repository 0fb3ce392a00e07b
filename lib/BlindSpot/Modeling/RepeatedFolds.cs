namespace BlindSpot.Modeling;

/// <summary>
/// The cross-validation every corrected resampled t interval (<see cref="CorrectedResampledT"/>) rests on: 5 folds
/// repeated 5 times, as in notebook 03. With one repeat of 5 folds the t has 4 degrees of freedom and the variance
/// term 1/J is 1/5, so the interval is wide and moves with one fold's luck; 5 × 5 gives 24 degrees of freedom
/// (Bouckaert and Frank 2004 recommend 10 × 10; 5 × 5 keeps the 20-seed sweep within a few minutes on two cores).
/// The sweep and the sensitivity runs use these, so their intervals are the notebook's.
/// </summary>
public static class RepeatedFolds
{
    public const int Folds = 5;
    public const int Repeats = 5;
}
