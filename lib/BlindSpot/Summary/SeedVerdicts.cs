using Microsoft.Data.Analysis;

namespace BlindSpot.Summary;

/// <summary>
/// A planted or emergent verdict decided by the seed sweep, not by one draw: the claim's rule (<see cref="SeedRules"/>)
/// is applied to every seed, and the word follows the share of seeds where it holds, with its 95 % Wilson interval
/// (the seeds are a sample of data sets too: 16 of 20 is 56–94 %): the whole interval at or above
/// <see cref="MostSeeds"/> → "recovered" / "replicates"; at or below <see cref="FewSeeds"/> → "not recovered" / "does
/// not replicate"; strictly between them → "recovered in some seeds" / "replicates partly"; an interval that straddles
/// either cut-off → "undecided" (more seeds would tell). The committed data set's own result follows, so a reader sees
/// whether seed 42 agrees. Without a sweep the word is seed 42's alone.
/// </summary>
public static class SeedVerdicts
{
    public const double MostSeeds = 0.8;
    public const double FewSeeds = 0.2;

    /// <summary>The rule, in words, for the notebook and README.</summary>
    public static string Rule => $"a planted or emergent verdict holds when the 95 % interval of the share of swept seeds where its rule holds lies at or above {Core.NumberText.Percent(MostSeeds, 0)}, " +
                                 $"fails when it lies at or below {Core.NumberText.Percent(FewSeeds, 0)}, holds in part when it lies between them, and is {Verdicts.Undecided} when it straddles either";

    /// <param name="publishedFigure">The rule tests a published figure of another team's data: failing, it is "not reproduced in simulation".</param>
    public static string Word(ClaimKind kind, int holds, int defined, bool publishedFigure = false)
    {
        if (kind == ClaimKind.Calibrated) throw new ArgumentException("Calibrated figures are matched, not voted on by seeds.", nameof(kind));
        if (defined == 0) return Verdicts.NotApplicable;
        var share = Core.ShareInterval.Of(holds, defined);
        return share.Low >= MostSeeds ? Verdicts.Word(kind, true)
            : share.High <= FewSeeds ? Verdicts.Word(kind, false, publishedFigure)
            : share.Low <= FewSeeds || share.High >= MostSeeds ? Verdicts.Undecided
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
        return $"{Word(kind, holds, defined, rule.PublishedFigure)}: holds in {SeedShare(holds, defined)}; {hereName}: {because}";
    }

    /// <summary>"16 of 20 seeds [56 %, 94 %]": the count and its 95 % Wilson interval.</summary>
    public static string SeedShare(int holds, int defined)
    {
        var share = Core.ShareInterval.Of(holds, defined);
        return $"{holds} of {defined} seeds [{Core.NumberText.Percent(share.Low, 0)}, {Core.NumberText.Percent(share.High, 0)}]";
    }

    /// <summary>
    /// Roadmap 01's rule with the lead an alert must leave set to <paramref name="turnsToAct"/> log turns in every seed, e.g.
    /// "8 of 50 seeds [8 %, 29 %]: undecided", so a reader sees how much the verdict rests on that choice.
    /// </summary>
    public static string AlertsInTimeWith(SweepSummary sweep, double turnsToAct)
    {
        var (holds, defined) = sweep.Count(SeedRules.AlertsInTimeAndOnTarget, SweepFigures.TurnsToAct, turnsToAct);
        return defined == 0 ? "not swept" : $"{SeedShare(holds, defined)}: {Word(ClaimKind.Emergent, holds, defined)}";
    }

    /// <summary>Every rule with the number of seeds it holds in: the evidence behind the planted and emergent verdicts.</summary>
    public static DataFrame Table(SweepSummary sweep)
    {
        var counts = SeedRules.All.Select(r => (Rule: r, Count: sweep.Count(r))).ToList();
        return new DataFrame(
            new StringDataFrameColumn("rule", counts.Select(c => c.Rule.Statement)),
            new StringDataFrameColumn("holds in", counts.Select(c => c.Count.Defined == 0 ? "not swept" : SeedShare(c.Count.Holds, c.Count.Defined))),
            new StringDataFrameColumn("verdict", counts.Select(c => c.Count.Defined == 0 ? "" : Word(ClaimKind.Emergent, c.Count.Holds, c.Count.Defined) switch
            {
                Verdicts.Replicates => "holds", Verdicts.DoesNotReplicate => "fails", Verdicts.ReplicatesPartly => "holds in part", var w => w,
            })));
    }
}
