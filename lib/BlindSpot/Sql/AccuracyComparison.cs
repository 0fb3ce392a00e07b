using BlindSpot.Core;
using Microsoft.Data.Analysis;

namespace BlindSpot.Sql;

/// <summary>
/// Two outcome definitions' accuracies against the latent truth, compared on the same sessions: the difference and
/// its 95 % interval for paired proportions, (b − c) / n ± 1.96 √(b + c − (b − c)² / n) / n, where b and c are the
/// sessions only one of the two gets right. "The most accurate" is said only when the interval excludes zero.
/// </summary>
public sealed record AccuracyComparison(string Better, string Other, double Difference, Interval Interval, int OnlyBetterRight, int OnlyOtherRight)
{
    public bool Distinguishable => Interval.Lower > 0 || Interval.Upper < 0;

    public static AccuracyComparison Of(string first, string second, int onlyFirstRight, int onlySecondRight, int sessions)
    {
        if (sessions <= 0) throw new ArgumentOutOfRangeException(nameof(sessions), "Compare on at least one session.");
        if (onlySecondRight > onlyFirstRight) return Of(second, first, onlySecondRight, onlyFirstRight, sessions);
        double b = onlyFirstRight, c = onlySecondRight, n = sessions;
        var difference = (b - c) / n;
        var se = Math.Sqrt(Math.Max(0, b + c - (b - c) * (b - c) / n)) / n;
        return new(first, second, difference, new Interval(difference - 1.96 * se, difference + 1.96 * se), onlyFirstRight, onlySecondRight);
    }

    /// <summary>The two named definitions, from headline.sql's <c>paired_accuracy</c> query (either order).</summary>
    public static AccuracyComparison From(DataFrame paired, string a, string b)
    {
        for (var i = 0; i < paired.Rows.Count; i++)
        {
            var (first, second) = ((string)paired["first_definition"][i], (string)paired["second_definition"][i]);
            if ((first, second) != (a, b) && (first, second) != (b, a)) continue;
            return Of(first, second, (int)(long)paired["only_first_right"][i], (int)(long)paired["only_second_right"][i], (int)(long)paired["sessions"][i]);
        }
        throw new ArgumentException($"No pair ({a}, {b}) in the paired accuracies.");
    }

    /// <summary>"three_tier is the most accurate (+1.2 points over quiet_success, 95 % interval [+0.4, +2.0])", or "about equally accurate".</summary>
    public override string ToString()
    {
        var range = $"{Signed.Format(100 * Difference)} points, 95 % interval [{Signed.Format(100 * Interval.Lower)}, {Signed.Format(100 * Interval.Upper)}], " +
                    $"{OnlyBetterRight} against {OnlyOtherRight} sessions only one of them gets right";
        return Distinguishable ? $"{Better} is the most accurate ({range} over {Other})"
            : $"{Better} and {Other} are about equally accurate ({range})";
    }
}
