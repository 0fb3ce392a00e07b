using System.Globalization;

namespace BlindSpot.Core;

/// <summary>
/// A difference with its sign, "+1.2" or "-0.5", rounded first so that a value that rounds to zero reads "+0.0"
/// (.NET's "+0.0;-0.0" format alone turns -0.02 into "-+0.0").
/// </summary>
public static class Signed
{
    public static string Format(double value, int decimals = 1, string minus = "-")
    {
        if (!double.IsFinite(value)) return "—"; // undefined (e.g. no session to score), never "+NaN"
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        if (rounded == 0) rounded = 0; // drops the sign of -0.0
        var digits = "0." + new string('0', decimals);
        return (rounded < 0 ? minus : "+") + Math.Abs(rounded).ToString(decimals == 0 ? "0" : digits, CultureInfo.InvariantCulture);
    }
}
