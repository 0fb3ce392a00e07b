using System.Globalization;

namespace BlindSpot.Core;

/// <summary>How a bootstrap's results read: its p-values and the replicates it had to leave out.</summary>
public static class BootstrapText
{
    /// <summary>
    /// A p-value from <paramref name="replicates"/> replicates: none is below 1/(B + 1), so 0 reads "&lt; 0.001" at
    /// 1,000 replicates; empty where there is no p-value.
    /// </summary>
    public static string PValue(double p, int replicates)
    {
        if (!double.IsFinite(p)) return "";
        var floor = 1.0 / (replicates + 1);
        return p < floor ? "< " + floor.ToString("G1", CultureInfo.InvariantCulture) : p.ToString("0.###", CultureInfo.InvariantCulture);
    }

    /// <summary>"339 of 1,000 replicates undefined, left out" (empty when none was).</summary>
    public static string Undefined(int undefined, int replicates) =>
        undefined == 0 ? "" : $"{undefined.ToString("N0", CultureInfo.InvariantCulture)} of {replicates.ToString("N0", CultureInfo.InvariantCulture)} replicates undefined, left out";
}
