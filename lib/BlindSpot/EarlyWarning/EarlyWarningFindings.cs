using BlindSpot.Core;

namespace BlindSpot.EarlyWarning;

/// <summary>
/// What notebook 05 hands on: abandonment AUC per k and feature set (null where undefined: too few sessions left),
/// the first-alert policy at the chosen k (its share of abandoners alerted, the share of alerts that reach an abandoner, the turns left), the intervention arithmetic with the success rate it assumed, and the
/// planted-effect check (velocity's AUC gain with the early drop on and off, on its own simulated data).
/// </summary>
public sealed record EarlyWarningFindings(
    string? OutcomeDefinition,
    int BestK,
    double AlertShare,
    double SuccessRate,
    double ShareAbandonersAlerted,
    double AlertPrecision,
    double MedianHorizonTurns,
    double MeanHorizonTurns,
    double RecoveredPer1000,
    double FalseAlarmsPer1000,
    SortedDictionary<int, SortedDictionary<string, double?>> AbandonAucByK,
    int? RecoverySessions,
    double? VelocityGainDropOn,
    double? VelocityGainDropOff) : IFindings
{
    public static string Stage => "05-early-warning";

    public static int SchemaVersion => 5;

    /// <summary>The lead the alerts must leave to count as in time (<see cref="EarlyWarningOptions.TurnsToAct"/>).</summary>
    public double TurnsToAct { get; init; } = 1;

    /// <summary>Velocity − average abandonment AUC at user turn 3 with its paired bootstrap interval (null: no turn 3 or no abandoner).</summary>
    public Difference? VelocityMinusAverageK3 { get; init; }

    /// <summary>Who the turn-3 comparison is about: sessions still going after 3 user turns, the abandoners among them, and all abandoners.</summary>
    public int? SessionsAtK3 { get; init; }
    public int? AbandonersAtK3 { get; init; }
    public int? Abandoners { get; init; }

    /// <summary>The alert policy's lift over the abandonment share and its forecasters' AUC, with intervals (null: saved before, or no abandoner).</summary>
    public AlertEvidence? Alert { get; init; }

    public static EarlyWarningFindings From(EarlyWarningAnalysis analysis, double alertShare, IReadOnlyList<RecoveryResult> recovery,
                                            string? outcomeDefinition = null)
    {
        var best = analysis.BestK();
        var alerts = analysis.AlertSummary(best, alertShare);
        var outcome = analysis.Intervention(best, alertShare);
        var auc = new SortedDictionary<int, SortedDictionary<string, double?>>();
        for (var k = 1; k <= analysis.Options.MaxK; k++)
            auc[k] = new(FeatureSet.Standard.ToDictionary(s => s.Name, s => Finite(analysis.Model(k, s).DefinedAuc)), StringComparer.Ordinal);
        return new EarlyWarningFindings(outcomeDefinition, best, alertShare, analysis.Options.SuccessRate, alerts.ShareAbandonersAlerted, alerts.AlertPrecision, alerts.MedianHorizon,
            alerts.MeanHorizon, outcome.RecoveredPer1000, outcome.FalseAlarmsPer1000, auc, null, null, null)
        {
            SessionsAtK3 = Still(analysis, 3)?.Sessions.Length,
            AbandonersAtK3 = Still(analysis, 3)?.Truth.Count(t => t),
            Abandoners = Still(analysis, 1)?.Truth.Count(t => t),
            Alert = analysis.HasAbandoners ? analysis.Evidence(best, alertShare) : null,
            TurnsToAct = analysis.Options.TurnsToAct,
            VelocityMinusAverageK3 = VelocityMinusAverage(analysis, 3),
        }.WithRecovery(recovery);
    }

    private static Difference? VelocityMinusAverage(EarlyWarningAnalysis analysis, int k)
    {
        if (!analysis.HasAbandoners || analysis.Options.MaxK < k) return null;
        var (velocity, average) = (analysis.Model(k, FeatureSet.Velocity), analysis.Model(k, FeatureSet.Average));
        if (!double.IsFinite(velocity.DefinedAuc) || !double.IsFinite(average.DefinedAuc)) return null;
        var paired = AucBootstrap.Paired(velocity, average, analysis.Options.Bootstrap, analysis.Options.Seed);
        return new Difference(paired.Difference, paired.DifferenceInterval);
    }

    private static PrefixScores? Still(EarlyWarningAnalysis analysis, int k) =>
        analysis.Models.FirstOrDefault(m => m.K == k && m.Target == Target.Abandon && m.FeatureSet == FeatureSet.Average.Name);

    /// <summary>These findings with the planted-drop check's results (none: the check did not run).</summary>
    public EarlyWarningFindings WithRecovery(IReadOnlyList<RecoveryResult> recovery) => this with
    {
        RecoverySessions = recovery.Count == 0 ? null : recovery[0].Sessions,
        VelocityGainDropOn = recovery.FirstOrDefault(r => r.EarlySentimentDrop)?.VelocityGain,
        VelocityGainDropOff = recovery.FirstOrDefault(r => !r.EarlySentimentDrop)?.VelocityGain,
    };

    /// <summary>Abandonment AUC after <paramref name="k"/> user turns with one feature set, null where undefined.</summary>
    public double? Auc(int k, FeatureSet set) =>
        AbandonAucByK.TryGetValue(k, out var bySet) && bySet.TryGetValue(set.Name, out var auc) ? auc : null;

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
