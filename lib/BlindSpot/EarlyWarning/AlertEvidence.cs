using BlindSpot.Core;

namespace BlindSpot.EarlyWarning;

/// <summary>
/// Whether the first-alert policy (watching through user turn <see cref="K"/>) stands out of its noise: how much more
/// often its alerts reach an abandoner than the abandonment share alone (the lift), and the weakest AUC among the
/// forecasters it uses (the "all" forecaster at each k up to K), each with a 95 % interval over sessions.
/// </summary>
public sealed record AlertEvidence(
    int K, int Sessions, int Abandoners, int Alerts, int AlertedAbandoners, double Lift, Interval LiftInterval, int LiftUndefined,
    int AucK, double Auc, Interval AucInterval, int AucUndefined, int Positives, int Negatives, int Replicates)
{
    private const ulong Salt = 0x4C494654UL;

    /// <summary>The rule of <see cref="EffectChecks.AlertPolicy"/> on these figures.</summary>
    public Testability Check() => EffectChecks.AlertPolicy(Lift, LiftInterval, Auc, AucInterval, $"AUC at user turn {AucK} {AucReading.Text(Auc, Positives, Negatives)}");

    /// <summary>"lift 1.00 [0.99, 1.01] over the 95.2 % abandonment share; AUC at user turn 1 0.515 [0.49, 0.54]" with undefined draws counted.</summary>
    public string Text()
    {
        var share = Sessions == 0 ? double.NaN : Abandoners / (double)Sessions;
        var liftUndefined = BootstrapText.Undefined(LiftUndefined, Replicates);
        var aucUndefined = BootstrapText.Undefined(AucUndefined, Replicates);
        return $"alerts reach abandoners {NumberText.Number(Lift)} times as often as the {NumberText.Percent(share)} abandonment share {LiftInterval}" +
               (liftUndefined.Length > 0 ? $" ({liftUndefined})" : "") +
               $"; the weakest forecaster behind them, at user turn {AucK}, has an AUC of {AucReading.Text(Auc, Positives, Negatives)} {AucInterval}" +
               (aucUndefined.Length > 0 ? $" ({aucUndefined})" : "");
    }

    public static AlertEvidence Of(EarlyWarningAnalysis a, int k, double alertShare, int replicates = 1000, int seed = 42)
    {
        var data = a.Data;
        var alerted = a.Alerts(k, alertShare).Select(x => x.Session).ToHashSet();
        // each session is one of four kinds (alerted or not, abandoned or not): a draw only needs their counts
        var kind = Enumerable.Range(0, data.Count).Select(s => (alerted.Contains(s) ? 2 : 0) + (data.Labels[s] == (int)Outcome.Abandoned ? 1 : 0)).ToArray();
        var counts = Count(kind, i => i);
        var draws = Bootstrap.Replicates(replicates, seed, Salt, random => LiftOf(Count(kind, _ => random.Next(0, kind.Length))), inParallel: true);
        var weakest = Enumerable.Range(1, k).Select(j => a.Model(j, FeatureSet.All, Target.Abandon)).Select(m => (Model: m, Bootstrap: AucBootstrap.Single(m, replicates, seed)))
            .MinBy(x => double.IsFinite(x.Model.DefinedAuc) && x.Bootstrap.Interval.IsDefined ? x.Bootstrap.Interval.Lower : double.NegativeInfinity);
        var m = weakest.Model;
        return new AlertEvidence(k, data.Count, counts[1] + counts[3], counts[2] + counts[3], counts[3], LiftOf(counts),
            Interval.Percentile(draws), draws.Count(d => !double.IsFinite(d)),
            m.K, m.DefinedAuc, double.IsFinite(m.DefinedAuc) ? weakest.Bootstrap.Interval : Interval.None, weakest.Bootstrap.Undefined,
            m.Positives, m.Negatives, replicates);
    }

    private static int[] Count(int[] kind, Func<int, int> row)
    {
        var counts = new int[4];
        for (var i = 0; i < kind.Length; i++) counts[kind[row(i)]]++;
        return counts;
    }

    /// <summary>Share of alerts reaching an abandoner over the share of sessions abandoned; NaN without an alert or an abandoner.</summary>
    private static double LiftOf(int[] c)
    {
        var (alerts, abandoners, sessions) = (c[2] + c[3], c[1] + c[3], c.Sum());
        return alerts == 0 || abandoners == 0 ? double.NaN : c[3] / (double)alerts / (abandoners / (double)sessions);
    }
}
