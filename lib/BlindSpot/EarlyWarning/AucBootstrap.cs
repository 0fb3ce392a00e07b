using BlindSpot.Core;
using Microsoft.Data.Analysis;

namespace BlindSpot.EarlyWarning;

/// <summary>Two models' AUCs on the same sessions, and their difference, each with a percentile interval.</summary>
public sealed record PairedAuc(int K, string First, string Second, int Sessions, int Positives, double FirstAuc, Interval FirstInterval,
                               double SecondAuc, Interval SecondInterval, double Difference, Interval DifferenceInterval, int UndefinedReplicates, int Replicates);

/// <summary>
/// A paired bootstrap over sessions of two models' out-of-fold abandonment scores at one k: each replicate redraws the
/// sessions with replacement and scores both models on the same draw, so the difference's interval accounts for their
/// shared sessions. It conditions on the fitted scores (the folds are not refitted) and on one simulated data set; the
/// seed sweep gives the spread over data sets. Replicates with no abandoner or no other session (AUC undefined) are
/// left out and counted.
/// </summary>
public static class AucBootstrap
{
    private const ulong Salt = 0x41554342UL;

    public static PairedAuc Paired(PrefixScores first, PrefixScores second, int replicates = 1000, int seed = 42, double level = 0.95)
    {
        if (!first.Sessions.SequenceEqual(second.Sessions) || !first.Truth.SequenceEqual(second.Truth))
            throw new ArgumentException($"The two models at k = {first.K} were not scored on the same sessions.");
        var n = first.Sessions.Length;
        var (sa, sb, truth) = (new double[n], new double[n], new bool[n]);
        var pairs = Bootstrap.Replicates(replicates, seed, Salt, random =>
        {
            var rows = Bootstrap.Resample(random, n);
            for (var i = 0; i < n; i++) (sa[i], sb[i], truth[i]) = (first.Scores[rows[i]], second.Scores[rows[i]], first.Truth[rows[i]]);
            return (X: BinaryMetrics.RocAuc(sa, truth), Y: BinaryMetrics.RocAuc(sb, truth));
        });
        var defined = pairs.Where(p => double.IsFinite(p.X) && double.IsFinite(p.Y)).ToList();
        var undefined = replicates - defined.Count;
        var (a, b, d) = (defined.Select(p => p.X).ToList(), defined.Select(p => p.Y).ToList(), defined.Select(p => p.X - p.Y).ToList());
        return new PairedAuc(first.K, first.FeatureSet, second.FeatureSet, n, first.Truth.Count(t => t), first.Auc, Interval.Percentile(a, level),
            second.Auc, Interval.Percentile(b, level), first.Auc - second.Auc, Interval.Percentile(d, level), undefined, replicates);
    }

    /// <summary>
    /// One model's AUC interval over its sessions, redrawn with replacement: the scores are sorted once and each draw
    /// only weighs them by how often it took each session, so a draw costs one pass (no sort of a million scores).
    /// Draws without an abandoner or without another session are undefined and counted.
    /// </summary>
    public static (Interval Interval, int Undefined) Single(PrefixScores model, int replicates = 1000, int seed = 42, double level = 0.95)
    {
        var n = model.Scores.Length;
        var order = Enumerable.Range(0, n).OrderBy(i => model.Scores[i]).ToArray();
        var aucs = Bootstrap.Replicates(replicates, seed, SingleSalt, random =>
        {
            var weight = new int[n];
            for (var i = 0; i < n; i++) weight[random.Next(0, n)]++;
            return WeightedAuc(order, model.Scores, model.Truth, weight);
        }, inParallel: true);
        return (Interval.Percentile(aucs, level), aucs.Count(x => !double.IsFinite(x)));
    }

    private const ulong SingleSalt = 0x41554331UL;

    /// <summary>The AUC when session i counts weight[i] times: each positive beats the negatives below it, ties count one half.</summary>
    public static double WeightedAuc(int[] order, double[] scores, bool[] truth, int[] weight)
    {
        double below = 0, wins = 0, positives = 0;
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && scores[order[end + 1]] == scores[order[start]]) end++;
            double tiedPositives = 0, tiedNegatives = 0;
            for (var j = start; j <= end; j++)
                if (truth[order[j]]) tiedPositives += weight[order[j]]; else tiedNegatives += weight[order[j]];
            wins += tiedPositives * (below + tiedNegatives / 2);
            (below, positives) = (below + tiedNegatives, positives + tiedPositives);
            start = end + 1;
        }
        return positives == 0 || below == 0 ? double.NaN : wins / (positives * below);
    }

    /// <summary>Velocity against average sentiment at every k from 3 (velocity needs three sentiments), with intervals.</summary>
    public static DataFrame VelocityVsAverage(EarlyWarningAnalysis analysis, int replicates = 1000, int seed = 42)
    {
        var rows = Enumerable.Range(3, Math.Max(0, analysis.Options.MaxK - 2))
            .Select(k => Paired(analysis.Model(k, FeatureSet.Velocity), analysis.Model(k, FeatureSet.Average), replicates, seed)).ToList();
        static double R(double x) => Math.Round(x, 3);
        return new DataFrame(
            new Int32DataFrameColumn("user turns seen (k)", rows.Select(r => r.K)),
            new Int32DataFrameColumn("sessions still going", rows.Select(r => r.Sessions)),
            new Int32DataFrameColumn("abandoners", rows.Select(r => r.Positives)),
            new StringDataFrameColumn("AUC, base + velocity", rows.Select(r => $"{R(r.FirstAuc):0.000} {r.FirstInterval}")),
            new StringDataFrameColumn("AUC, base + average", rows.Select(r => $"{R(r.SecondAuc):0.000} {r.SecondInterval}")),
            new StringDataFrameColumn("velocity − average AUC", rows.Select(r => $"{Signed.Format(r.Difference, 3)} {r.DifferenceInterval}")),
            new StringDataFrameColumn("replicates without a value", rows.Select(r => $"{r.UndefinedReplicates} of {r.Replicates}")));
    }
}
