using System.Globalization;

namespace BlindSpot.Core;

/// <summary>
/// How numbers read in every sentence and table the library writes: one place, invariant culture. Signed differences
/// are <see cref="Signed"/>'s.
/// </summary>
public static class NumberText
{
    /// <summary>A share as a percentage: 0.2768 → "27.7 %".</summary>
    public static string Percent(double share, int decimals = 1) =>
        (share * 100).ToString(decimals == 0 ? "0" : "0." + new string('0', decimals), CultureInfo.InvariantCulture) + " %";

    /// <summary>A difference of two shares in percentage points: 0.328 → "32.8 points".</summary>
    public static string Points(double shareDifference, int decimals = 1) =>
        (shareDifference * 100).ToString("0." + new string('0', decimals), CultureInfo.InvariantCulture) + " points";

    /// <summary>A number with a fixed count of decimals: 3.0248 → "3.02".</summary>
    public static string Number(double value, int decimals = 2) => value.ToString("F" + decimals, CultureInfo.InvariantCulture);

    /// <summary>A count of log turns (messages of anyone) in words: "1 log turn", "2.5 log turns"; "n/a" when there is none.</summary>
    public static string Turns(double n) =>
        !double.IsFinite(n) ? "n/a" : n == 1 ? "1 log turn" : n.ToString("0.#", CultureInfo.InvariantCulture) + " log turns";
}
