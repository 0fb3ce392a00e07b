using BlindSpot.Core;
using BlindSpot.Handoff;
using BlindSpot.Simulation;

namespace BlindSpot.Summary;

/// <summary>The published claims about the handoff seam (notebook 06).</summary>
public static partial class CaseStudyClaims
{
    public static IEnumerable<Claim> Handoff(HandoffFindings? r, SeedIntervals? seeds = null)
    {
        seeds ??= new SeedIntervals(null);
        if (r is null)
        {
            yield return new(Article, "a blended satisfaction score hides a much worse escalated path", ClaimKind.Planted, "qualitative", "n/a", "06",
                $"{Verdicts.NotMeasured}: the log has no human leg");
            yield break;
        }
        var blended = r.Segment("blended");
        var bot = r.Segment("ai_resolved");
        var escalated = r.Segment("ai_to_human");
        var figures = ClaimFigures.Of(r);
        var hidden = SeedRules.BlendHidesEscalated.Holds(figures) == true;
        yield return new Claim(Article, "a blended satisfaction score hides a much worse escalated path", ClaimKind.Planted, "qualitative",
            $"CSAT blended {blended.Csat:0.00}, bot-resolved {bot.Csat:0.00}, escalated {escalated.Csat:0.00}{ArrivalSplit(r)}", "06",
            seeds.Verdict(ClaimKind.Planted, SeedRules.BlendHidesEscalated, figures, hidden
                ? $"the escalated path is more than {HiddenPathCsatGap:0.0} below the blend (the path difference is simulated, not measured)"
                : $"the escalated path is within {HiddenPathCsatGap:0.0} of the blend"))
        {
            Plant = PlantedEffects.Costs,
            SeedInterval = seeds.Of(SweepFigures.BlendedMinusEscalatedCsat, "0.00", "blended − escalated "),
        };
        yield return UsefulReplyLags(r, seeds);
        yield return TechnicalSupportOnHandoff(r, seeds);
        var none = r.Packet("none");
        var full = r.Packet("full");
        if (none is null || full is null)
        {
            yield return new(Article, "a complete case packet reduces re-explanation, speeds the first useful reply and raises satisfaction", ClaimKind.Planted, "qualitative",
                "n/a", "06", $"{Verdicts.NotMeasured}: the data has no escalations both without a packet and with a full one");
            yield break;
        }
        var fewer = SeedRules.PacketCutsReExplanation.Holds(figures) == true;
        yield return new Claim(Article, "without context the customer repeats the issue", ClaimKind.Planted, "qualitative",
            $"re-explained: {NumberText.Percent(none.ReExplanationRate ?? double.NaN)} with no packet, {NumberText.Percent(full.ReExplanationRate ?? double.NaN)} with a full one", "06",
            seeds.Verdict(ClaimKind.Planted, SeedRules.PacketCutsReExplanation, figures,
                (fewer ? "fewer re-explain with a full packet (planted packet effect)" : "a full packet does not reduce re-explanation") +
                IntervalText("none − full", ClaimFigures.ReExplainedInterval(none, full), 100, " points", "0.0")))
        {
            Plant = PlantedEffects.Packet,
            SeedInterval = seeds.Of(SweepFigures.ReExplainedNoneMinusFull, "0.0", "none − full ", scale: 100, unit: " points"),
        };
        var better = SeedRules.PacketSpeedsAndSatisfies.Holds(figures) == true;
        yield return new Claim(Article, "a complete case packet speeds the first useful reply and raises escalated-path satisfaction", ClaimKind.Planted, "qualitative",
            $"first useful reply {none.FirstUsefulReplyMinutes:0.0} → {full.FirstUsefulReplyMinutes:0.0} min; CSAT {none.Csat:0.00} → {full.Csat:0.00}", "06",
            seeds.Verdict(ClaimKind.Planted, SeedRules.PacketSpeedsAndSatisfies, figures, better
                ? "the first useful reply is sooner and CSAT higher with a full packet (planted packet effect)" + IntervalText("CSAT full − none", ClaimFigures.CsatInterval(full, none), 1, "", "0.00")
                : "a full packet does not both speed the first useful reply and raise CSAT" + IntervalText("CSAT full − none", ClaimFigures.CsatInterval(full, none), 1, "", "0.00")))
        {
            Plant = PlantedEffects.Packet,
            SeedInterval = SeedIntervals.All(seeds.Of(SweepFigures.FirstUsefulReplyFullMinusNone, "+0.0;-0.0", "first useful reply full − none ", unit: " min"),
                seeds.Of(SweepFigures.CsatFullMinusNone, "+0.00;-0.00", "CSAT full − none ")),
        };
    }

    /// <summary>
    /// How much of the escalated path's gap to the human-only path its customers' mood on arrival explains: the escalated
    /// CSAT at a neutral arrival (the line of CSAT on pre-handoff sentiment) against the observed one. The simulator
    /// builds both in (0.6 × last sentiment, and the path's own terms), so the split shows the method, not a finding.
    /// </summary>
    private static string ArrivalSplit(HandoffFindings r)
    {
        if (r.Arrival is not { } a || r.Segment("ai_to_human").Csat is not { } escalated || r.Segments.GetValueOrDefault("human_only")?.Csat is not { } humanOnly) return "";
        var gap = humanOnly - escalated;
        return $"; human-only {humanOnly:0.00}: of the {gap:0.00} gap, arriving upset (mean pre-handoff sentiment {Signed.Format(a.MeanArrivalSentiment, 2)}) " +
               $"explains {a.ExplainedByArrival(escalated):0.00}, the rest ({humanOnly - a.CsatAtNeutralArrival:0.00}) remains at a neutral arrival";
    }

    private static Claim UsefulReplyLags(HandoffFindings r, SeedIntervals seeds)
    {
        const string statement = "fast first reply but slow first useful reply after a handoff";
        var escalated = r.Segment("ai_to_human");
        if (escalated is not { FirstReplyMinutes: { } first, FirstUsefulReplyMinutes: { } useful })
            return new(Article, statement, ClaimKind.Planted, "qualitative", "n/a", "06", $"{Verdicts.NotMeasured}: the log has no reply times on the escalated path");
        var figures = ClaimFigures.Of(r);
        var lags = SeedRules.UsefulReplyLags.Holds(figures) == true;
        return new(Article, statement, ClaimKind.Planted, "qualitative",
            $"escalated path, median: first reply {first:0.0} min, first useful reply {useful:0.0} min", "06",
            seeds.Verdict(ClaimKind.Planted, SeedRules.UsefulReplyLags, figures, lags
                ? $"the useful reply takes {useful / first:0.0}× as long as the first (the simulator adds the re-explanation and the investigation after the agent joins)"
                : $"the useful reply takes {useful / first:0.0}× as long as the first, under {SeedRules.SlowUsefulReplyRatio:0}×"))
        {
            Plant = PlantedEffects.Investigation,
            SeedInterval = seeds.Of(SweepFigures.UsefulOverFirstReply, "0.0", "useful ÷ first ", suffix: "×"),
        };
    }

    private static Claim TechnicalSupportOnHandoff(HandoffFindings r, SeedIntervals seeds)
    {
        const string statement = "technical support suffers most from bad AI handoffs";
        if (ClaimFigures.TechnicalSupportMinusLowestOther(r) is null)
            return new(Article, statement, ClaimKind.Emergent, "qualitative", "n/a", "06", $"{Verdicts.NotMeasured}: the escalations carry no intent, or no technical-support customer answered the survey");
        var ranked = r.EscalatedCsatByIntent.Where(i => i.Value is not null).OrderBy(i => i.Value).ToList();
        var figures = ClaimFigures.Of(r);
        var rule = SeedRules.TechnicalSupportWorstOnHandoff;
        var here = rule.Holds(figures) == true
            ? "technical support has the lowest escalated-path CSAT"
            : $"{ranked[0].Key}, not technical support, has the lowest escalated-path CSAT";
        var swept = seeds.Sweep?.Count(rule) is (var holds, > 0 and var defined) ? $"technical support lowest in {holds} of {defined} seeds; " : "";
        // Nothing by intent is planted on the human leg, and no intent effect emerges there to test: whichever intent comes
        // lowest does so through its bot leg (out-of-scope rate, mood on arrival), so the ranking decides nothing.
        return new(Article, statement, ClaimKind.Emergent, "qualitative",
            $"escalated-path CSAT by intent, lowest first: {string.Join(", ", ranked.Take(3).Select(i => $"{i.Key} {i.Value:0.00}"))}", "06",
            $"{Verdicts.NotTestableInSimulation}: nothing by intent is planted on the human leg, {ModelLines.EscalatedSatisfaction}; " +
            $"an intent reaches it only through its bot leg (out-of-scope rate, mood on arrival); {swept}seed 42: {here}")
        {
            SeedInterval = seeds.Of(SweepFigures.TechnicalSupportMinusLowestOther, "+0.00;-0.00", "technical_support − lowest other "),
        };
    }

    /// <summary>"; none − full 95 % interval [52.1, 68.0] points", or nothing when the findings hold no interval.</summary>
    private static string IntervalText(string what, Core.Interval interval, double scale, string unit, string format)
    {
        string F(double x) => (scale * x).ToString(format, System.Globalization.CultureInfo.InvariantCulture);
        return interval.IsDefined ? $"; {what} 95 % interval [{F(interval.Lower)}, {F(interval.Upper)}]{unit}" : "";
    }
}
