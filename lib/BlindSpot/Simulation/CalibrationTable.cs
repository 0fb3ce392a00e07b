using BlindSpot.Core;
using Microsoft.Data.Analysis;

namespace BlindSpot.Simulation;

/// <summary>The case study's published marginals beside the simulator's, as a table for notebook 01.</summary>
public static class CalibrationTable
{
    /// <summary>The figures the case study publishes (1,250 conversations).</summary>
    public static class CaseStudy
    {
        public const double Resolved = 0.414, Escalated = 0.273, Abandoned = 0.313, TrueFailureRate = 0.586, FailuresBeforeEscalation = 3.0;
        public const int Sessions = 1250, Turns = 10_000;
    }

    public static DataFrame Build(SimulationSummary ours)
    {
        var rows = new (string Metric, double CaseStudy, double Ours)[]
        {
            ("sessions", CaseStudy.Sessions, ours.Sessions),
            ("turns", CaseStudy.Turns, ours.Turns),
            ("resolved share", CaseStudy.Resolved, ours.Share(Outcome.Resolved)),
            ("escalated share", CaseStudy.Escalated, ours.Share(Outcome.Escalated)),
            ("abandoned share", CaseStudy.Abandoned, ours.Share(Outcome.Abandoned)),
            ("failure rate (escalated + abandoned)", CaseStudy.TrueFailureRate, ours.Share(Outcome.Escalated) + ours.Share(Outcome.Abandoned)),
            ("bot failures before a handoff request", CaseStudy.FailuresBeforeEscalation, ours.MeanFailures(Outcome.Escalated)),
            ("bot failures before abandoning", double.NaN, ours.MeanFailures(Outcome.Abandoned)),
            ("latent true failure rate (simulator only)", double.NaN, ours.TrueFailureShare),
        };
        return new DataFrame(
            new StringDataFrameColumn("metric", rows.Select(r => r.Metric)),
            new DoubleDataFrameColumn("case_study", rows.Select(r => double.IsNaN(r.CaseStudy) ? (double?)null : Math.Round(r.CaseStudy, 3))),
            new DoubleDataFrameColumn("ours", rows.Select(r => (double?)Math.Round(r.Ours, 3))));
    }

    /// <summary>Failed bot turns over bot turns per intent, highest first.</summary>
    public static DataFrame FailureRates(SimulationSummary ours)
    {
        var rates = ours.FailureRateByIntent.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).ToList();
        return new DataFrame(
            new StringDataFrameColumn("intent", rates.Select(kv => kv.Key)),
            new DoubleDataFrameColumn("failure_rate_per_bot_turn", rates.Select(kv => (double?)Math.Round(kv.Value, 3))));
    }
}
