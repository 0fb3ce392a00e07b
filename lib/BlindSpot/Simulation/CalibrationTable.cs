using BlindSpot.Charts;
using BlindSpot.Core;
using Microsoft.Data.Analysis;

namespace BlindSpot.Simulation;

/// <summary>
/// The case study's published marginals beside the simulator's, as tables and charts for notebook 01. The failure
/// share they add up to (escalated + abandoned) and the simulator's latent truth are left to notebook 02, which
/// stages that reveal.
/// </summary>
public static class CalibrationTable
{
    public static DataFrame Build(SimulationSummary ours)
    {
        var rows = new (string Metric, double CaseStudy, double Ours)[]
        {
            ("sessions", PublishedFigures.Sessions, ours.Sessions),
            ("turns", PublishedFigures.Turns, ours.Turns),
            ("resolved share", PublishedFigures.Resolved, ours.Share(Outcome.Resolved)),
            ("escalated share", PublishedFigures.Escalated, ours.Share(Outcome.Escalated)),
            ("abandoned share", PublishedFigures.Abandoned, ours.Share(Outcome.Abandoned)),
            ("bot failures before a handoff request", PublishedFigures.FailuresBeforeEscalation, ours.MeanFailures(Outcome.Escalated)),
            ("bot failures before abandoning", double.NaN, ours.MeanFailures(Outcome.Abandoned)),
        };
        return new DataFrame(
            new StringDataFrameColumn("metric", rows.Select(r => r.Metric)),
            new DoubleDataFrameColumn("case_study", rows.Select(r => double.IsNaN(r.CaseStudy) ? (double?)null : Math.Round(r.CaseStudy, 3))),
            new DoubleDataFrameColumn("ours", rows.Select(r => (double?)Math.Round(r.Ours, 3))));
    }

    /// <summary>Failed bot turns over bot turns per intent (whole sessions), highest first.</summary>
    public static DataFrame FailureRates(SimulationSummary ours)
    {
        var rates = RatesByIntent(ours);
        return new DataFrame(
            new StringDataFrameColumn("intent", rates.Select(kv => kv.Key)),
            new DoubleDataFrameColumn("failures_per_bot_turn_whole_session", rates.Select(kv => (double?)Math.Round(kv.Value, 3))));
    }

    /// <summary>The three outcome shares, the case study's beside ours.</summary>
    public static Figure SharesChart(SimulationSummary ours) => Figures.GroupedBars(
        "Outcome shares: the case study's vs our simulation", "outcome (three-tier labels)", "share of sessions",
        ["resolved", "escalated", "abandoned"],
        [
            new BarSeries("case study", [PublishedFigures.Resolved, PublishedFigures.Escalated, PublishedFigures.Abandoned]),
            new BarSeries("ours", [.. new[] { Outcome.Resolved, Outcome.Escalated, Outcome.Abandoned }.Select(o => Math.Round(ours.Share(o), 3))]),
        ]);

    /// <summary><see cref="FailureRates"/> as bars (the case study publishes no per-intent figure, so only ours).</summary>
    public static Figure FailureRatesChart(SimulationSummary ours)
    {
        var rates = RatesByIntent(ours);
        return Figures.GroupedBars("Failed bot turns per bot turn, by intent (whole sessions)", "intent", "failures per bot turn",
            [.. rates.Select(kv => kv.Key)], [new BarSeries("ours", [.. rates.Select(kv => Math.Round(kv.Value, 3))])]);
    }

    private static List<KeyValuePair<string, double>> RatesByIntent(SimulationSummary ours) =>
        [.. ours.FailureRateByIntent.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key)];
}
