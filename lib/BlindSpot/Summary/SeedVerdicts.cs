using Microsoft.Data.Analysis;

namespace BlindSpot.Summary;

/// <summary>
/// A planted or emergent verdict decided by the seed sweep, not by one draw: the claim's rule (<see cref="SeedRules"/>)
/// is applied to every seed, and the word follows the share of seeds where it holds: at least
/// <see cref="MostSeeds"/> → "recovered" / "replicates"; at most <see cref="FewSeeds"/> → "not recovered" / "does not
/// replicate"; in between → "recovered in some seeds" / "replicates partly". The committed data set's own result
/// follows, so a reader sees whether seed 42 agrees. Without a sweep the word is seed 42's alone.
/// </summary>
public static class SeedVerdicts
{
    public const double MostSeeds = 0.8;
    public const double FewSeeds = 0.2;

    /// <summary>The rule, in words, for the notebook and README.</summary>
    public static string Rule => $"a planted or emergent verdict holds when its rule holds in at least {Core.NumberText.Percent(MostSeeds, 0)} of the swept seeds, " +
                                 $"fails when it holds in at most {Core.NumberText.Percent(FewSeeds, 0)}, and holds in part in between";

    /// <param name="publishedFigure">The rule tests a published figure of another team's data: failing, it is "not reproduced in simulation".</param>
    public static string Word(ClaimKind kind, int holds, int defined, bool publishedFigure = false)
    {
        if (kind == ClaimKind.Calibrated) throw new ArgumentException("Calibrated figures are matched, not voted on by seeds.", nameof(kind));
        var share = defined == 0 ? double.NaN : holds / (double)defined;
        return share >= MostSeeds ? Verdicts.Word(kind, true)
            : share <= FewSeeds ? Verdicts.Word(kind, false, publishedFigure)
            : kind switch
            {
                ClaimKind.Planted => Verdicts.RecoveredInSomeSeeds,
                ClaimKind.ByConstruction => Verdicts.ByConstructionInSomeSeeds,
                _ => Verdicts.ReplicatesPartly,
            };
    }

    /// <param name="here">Whether the rule holds on the committed data set (null: undefined there).</param>
    /// <param name="because">What the committed data set shows, in words.</param>
    public static string Of(ClaimKind kind, SeedRule rule, bool? here, string because, SweepSummary? sweep, string hereName = "seed 42")
    {
        if (sweep is null || sweep.Count(rule) is not (var holds, > 0 and var defined))
            return here is null ? $"{Verdicts.NotApplicable}: {because}" : $"{Verdicts.Word(kind, here.Value, rule.PublishedFigure)}: {because}";
        return $"{Word(kind, holds, defined, rule.PublishedFigure)}: holds in {holds} of {defined} seeds; {hereName}: {because}";
    }

    /// <summary>Every rule with the number of seeds it holds in: the evidence behind the planted and emergent verdicts.</summary>
    public static DataFrame Table(SweepSummary sweep)
    {
        var counts = SeedRules.All.Select(r => (Rule: r, Count: sweep.Count(r))).ToList();
        return new DataFrame(
            new StringDataFrameColumn("rule", counts.Select(c => c.Rule.Statement)),
            new StringDataFrameColumn("holds in", counts.Select(c => c.Count.Defined == 0 ? "not swept" : $"{c.Count.Holds} of {c.Count.Defined} seeds")));
    }
}
