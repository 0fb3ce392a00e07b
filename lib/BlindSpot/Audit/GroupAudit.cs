using BlindSpot.Core;

namespace BlindSpot.Audit;

/// <summary>
/// A MetricFrame for failure detection: for each group (e.g. intent) and overall, the audit metrics
/// (<see cref="AuditMetric"/>), each with a stratified bootstrap interval, its difference and ratio to overall, the
/// spread between groups, and a disparity flag (<see cref="DisparityFlag"/>). Groups below the minimum support for a
/// metric get "insufficient support" instead of a number. Computed once, in the constructor; deterministic.
/// </summary>
public sealed class GroupAudit
{
    private readonly Dictionary<(string Group, string Metric), GroupResult> _byGroup = [];
    private readonly Dictionary<string, OverallResult> _overall = [];
    private readonly Dictionary<string, BetweenGroups> _between = [];

    public GroupAudit(IEnumerable<AuditRow> rows, AuditOptions? options = null, IEnumerable<string>? groups = null)
    {
        Options = options ?? new AuditOptions();
        Options.Validate();
        var list = rows.ToList();
        foreach (var row in list) AuditCounts.CheckLabels(row);
        // Groups named but absent (e.g. an intent with no sessions) are reported with zero rows.
        Groups = list.Select(r => r.Group).Concat(groups ?? []).Distinct().Order(StringComparer.Ordinal).ToList();
        Rows = list.Count;
        var kinds = Groups.Select(g => (IReadOnlyList<AuditCounts>)list.Where(r => r.Group == g).Select(AuditCounts.OfRow).ToList()).ToList();
        var counts = kinds.Select(k => k.Aggregate(new AuditCounts(), (a, b) => a + b)).ToList();
        var replicates = StratifiedBootstrap.Counts(kinds, Options.Bootstrap, Options.Seed);
        foreach (var metric in Options.Metrics) Compute(metric, kinds, counts, replicates);
        CorrectForMultipleComparisons();
    }

    /// <summary>How many flag tests the audit ran: every group with enough support, on every metric.</summary>
    public int Tests { get; private set; }

    /// <summary>
    /// The audit runs one test per group and tested metric (<see cref="AuditMetric.Tested"/>: 6 intents × 4 metrics), each
    /// comparing the group with the rest of the rows (disjoint samples, so the score test of two proportions applies;
    /// an overall rate that includes the group would pull towards it). The p-values are continuous, not limited by the
    /// bootstrap's B, and adjusted by Holm's method within each metric (one family per question: "does some intent's
    /// FNR differ?" is asked once, over the intents), so the chance of any false flag on a metric stays at 5 % and the
    /// share of false flags among all tests below it (docs/planted-effects.md measures both); a group is flagged when its ratio to the rest
    /// leaves [τ, 1/τ] and its adjusted p is below 1 − <see cref="AuditOptions.Level"/>. A flag the correction removes is
    /// kept visible as such.
    /// </summary>
    private void CorrectForMultipleComparisons()
    {
        var alpha = 1 - Options.Level;
        Tests = 0;
        foreach (var metric in Options.Metrics.Where(m => m.Tested))
        {
            var keys = _byGroup.Where(kv => kv.Key.Metric == metric.Name && kv.Value.HasSupport && double.IsFinite(kv.Value.PValue))
                .Select(kv => kv.Key).OrderBy(k => k.Group, StringComparer.Ordinal).ToList();
            Tests += keys.Count;
            Adjust(keys, Holm.Adjust([.. keys.Select(k => _byGroup[k].PValue)]), alpha);
        }
    }

    private void Adjust(List<(string Group, string Metric)> keys, double[] adjusted, double alpha)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            var r = _byGroup[keys[i]];
            var band = OutsideBand(r.Value, r.RestValue);
            _byGroup[keys[i]] = r with
            {
                AdjustedPValue = adjusted[i],
                Status = band is { } status && adjusted[i] < alpha ? status : DisparityStatus.Parity,
                FlagRemovedByCorrection = band is not null && r.PValue < alpha && adjusted[i] >= alpha,
            };
        }
    }

    /// <summary>Higher or Lower when the group's value over the rest's leaves [τ, 1/τ] (a rest of 0 counts as infinitely below); else null.</summary>
    private DisparityStatus? OutsideBand(double value, double rest) =>
        !double.IsFinite(value) || !double.IsFinite(rest) ? null
        : value * Options.Tau > rest ? DisparityStatus.Higher
        : value < Options.Tau * rest ? DisparityStatus.Lower
        : null;

    public AuditOptions Options { get; }

    /// <summary>Whether there are groups enough, with failures enough, to compare (<see cref="EffectChecks.Audit"/>).</summary>
    public Testability Check() => EffectChecks.Audit(Groups.ToDictionary(g => g, g => this[g, AuditMetric.FalseNegativeRate].Support));

    public IReadOnlyList<string> Groups { get; }

    public int Rows { get; }

    public IReadOnlyList<AuditMetric> Metrics => Options.Metrics;

    public GroupResult this[string group, AuditMetric metric] => _byGroup.TryGetValue((group, metric.Name), out var r) ? r
        : throw new KeyNotFoundException($"No result for group '{group}' and metric '{metric.Name}'.");

    public IReadOnlyList<GroupResult> ByGroup(AuditMetric metric) => Groups.Select(g => this[g, metric]).ToList();

    public OverallResult Overall(AuditMetric metric) => _overall[metric.Name];

    public BetweenGroups Between(AuditMetric metric) => _between[metric.Name];

    /// <summary>Groups flagged on a metric (higher or lower than overall beyond the band, interval excluding parity).</summary>
    public IReadOnlyList<GroupResult> Flagged(AuditMetric metric) => ByGroup(metric).Where(r => r.Flagged).ToList();

    private void Compute(AuditMetric metric, List<IReadOnlyList<AuditCounts>> kinds, List<AuditCounts> counts, AuditCounts[][] replicates)
    {
        var total = counts.Aggregate(new AuditCounts(), (a, b) => a + b);
        var overallValue = metric.Value(total);
        var overallReplicates = replicates.Select(r => metric.Value(r.Aggregate(new AuditCounts(), (a, b) => a + b))).ToArray();
        _overall[metric.Name] = new OverallResult(metric, total.Rows, metric.Support(total), overallValue, Interval.Percentile(overallReplicates, Options.Level));

        var supported = new List<int>();
        for (var g = 0; g < Groups.Count; g++)
        {
            var support = metric.Support(counts[g]);
            if (support < Options.MinSupport)
            {
                _byGroup[(Groups[g], metric.Name)] = new GroupResult(Groups[g], metric, kinds[g].Count, support, double.NaN, Interval.None,
                    double.NaN, Interval.None, double.NaN, Interval.None, DisparityStatus.InsufficientSupport);
                continue;
            }
            supported.Add(g);
            var value = metric.Value(counts[g]);
            var values = replicates.Select(r => metric.Value(r[g])).ToArray();
            var ratio = Ratio(value, overallValue);
            var ratioInterval = Interval.Percentile(values.Select((v, b) => Ratio(v, overallReplicates[b])), Options.Level);
            var rest = total - counts[g];
            var (restValue, restSupport) = (metric.Value(rest), metric.Support(rest));
            _byGroup[(Groups[g], metric.Name)] = new GroupResult(Groups[g], metric, kinds[g].Count, support, value,
                Interval.Percentile(values, Options.Level), value - overallValue,
                Interval.Percentile(values.Select((v, b) => v - overallReplicates[b]), Options.Level),
                ratio, ratioInterval, DisparityStatus.Parity)
            {
                UndefinedReplicates = values.Select((v, b) => Ratio(v, overallReplicates[b])).Count(v => !double.IsFinite(v)),
                RestValue = restValue,
                PValue = metric.Tested && double.IsFinite(value) && double.IsFinite(restValue)
                    ? TwoProportionTest.PValue(Events(value, support), support, Events(restValue, restSupport), restSupport)
                    : double.NaN,
            };
        }
        _between[metric.Name] = Spread(metric, supported, counts, replicates);
    }

    /// <summary>The events behind a rate over its support (every audit metric is a share of its support).</summary>
    private static int Events(double rate, int support) => (int)Math.Round(rate * support);

    /// <summary>
    /// The spread between the point estimate's smallest and largest groups. The interval follows that fixed pair through
    /// the replicates: re-picking the extremes in every replicate would bias it upwards (the max − min of noisy groups
    /// exceeds the true spread even when the groups are equal). Replicates where either group's metric is undefined are
    /// left out and counted.
    /// </summary>
    private BetweenGroups Spread(AuditMetric metric, List<int> supported, List<AuditCounts> counts, AuditCounts[][] replicates)
    {
        var defined = supported.Where(g => double.IsFinite(metric.Value(counts[g]))).ToList();
        if (defined.Count < 2) return new BetweenGroups(metric, null, null, double.NaN, Interval.None, double.NaN, Interval.None);
        var min = defined.MinBy(g => metric.Value(counts[g]));
        var max = defined.MaxBy(g => metric.Value(counts[g]));
        var (lo, hi) = (metric.Value(counts[min]), metric.Value(counts[max]));
        var differences = new List<double>();
        var ratios = new List<double>();
        var undefined = 0;
        foreach (var r in replicates)
        {
            var (rLo, rHi) = (metric.Value(r[min]), metric.Value(r[max]));
            if (!double.IsFinite(rLo) || !double.IsFinite(rHi))
            {
                undefined++;
                continue;
            }
            differences.Add(rHi - rLo);
            ratios.Add(Ratio(rLo, rHi));
        }
        return new BetweenGroups(metric, Groups[min], Groups[max], hi - lo, Interval.Percentile(differences, Options.Level),
            Ratio(lo, hi), Interval.Percentile(ratios, Options.Level)) { UndefinedReplicates = undefined, Replicates = replicates.Length };
    }

    private static double Ratio(double numerator, double denominator) =>
        denominator == 0 || !double.IsFinite(denominator) || !double.IsFinite(numerator) ? double.NaN : numerator / denominator;
}
