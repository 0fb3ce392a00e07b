using BlindSpot.Audit;
using BlindSpot.Core;

namespace BlindSpot.Tests.Audit;

public class BootstrapTests
{
    /// <summary>n failures, each missed with probability <paramref name="rate"/>, plus as many resolved sessions.</summary>
    private static List<AuditRow> Bernoulli(int trial, int n, double rate)
    {
        var random = SplitMixRandom.ForItem(7, trial);
        return Enumerable.Range(0, n).Select(i => new AuditRow($"f{i}", "g", 0, (int)Outcome.Escalated,
                random.Chance(rate) ? (int)Outcome.Resolved : (int)Outcome.Escalated, 0.5))
            .Concat(Enumerable.Range(0, n).Select(i => new AuditRow($"r{i}", "g", 0, (int)Outcome.Resolved, (int)Outcome.Resolved, 0.5)))
            .ToList();
    }

    [Fact]
    public void Ninety_five_percent_intervals_cover_a_known_rate_in_at_least_90_percent_of_200_trials()
    {
        const double rate = 0.2;
        var options = new AuditOptions { Bootstrap = 400, Metrics = [AuditMetric.FalseNegativeRate] };
        var covered = 0;
        var widths = new List<double>();
        for (var trial = 0; trial < 200; trial++)
        {
            var audit = new GroupAudit(Bernoulli(trial, 150, rate), options with { Seed = trial });
            var interval = audit["g", AuditMetric.FalseNegativeRate].Interval;
            if (interval.Contains(rate)) covered++;
            widths.Add(interval.Upper - interval.Lower);
        }
        Assert.True(covered >= 180, $"{covered} of 200 intervals covered {rate}");
        // Not trivially wide: about 2 × 1.96 × sqrt(0.2 × 0.8 / 150) ≈ 0.128.
        Assert.InRange(widths.Average(), 0.10, 0.16);
    }

    [Fact]
    public void Same_seed_gives_exactly_the_same_intervals_and_another_seed_does_not()
    {
        var rows = Bernoulli(1, 120, 0.3);
        var first = new GroupAudit(rows, new AuditOptions { Bootstrap = 300, Seed = 5 });
        var again = new GroupAudit(rows, new AuditOptions { Bootstrap = 300, Seed = 5 });
        var other = new GroupAudit(rows, new AuditOptions { Bootstrap = 300, Seed = 6 });
        foreach (var m in AuditMetric.All.Where(m => first["g", m].HasSupport))
        {
            Assert.Equal(first["g", m].Interval, again["g", m].Interval);
            Assert.Equal(first["g", m].RatioInterval, again["g", m].RatioInterval);
            Assert.Equal(first.Overall(m).Interval, again.Overall(m).Interval);
        }
        Assert.NotEqual(first["g", AuditMetric.FalseNegativeRate].Interval, other["g", AuditMetric.FalseNegativeRate].Interval);
    }

    [Fact]
    public void Stratified_replicates_keep_each_groups_size()
    {
        var kinds = new IReadOnlyList<AuditCounts>[]
        {
            [new AuditCounts(1, 0, 0, 0, 0), new AuditCounts(0, 0, 1, 0, 0)],
            [new AuditCounts(0, 0, 0, 1, 0)],
            [],
        };
        foreach (var replicate in StratifiedBootstrap.Counts(kinds, 100, 3))
        {
            Assert.Equal([2, 1, 0], replicate.Select(c => c.Rows));
        }
    }

    [Fact]
    public void Percentile_interval_interpolates_between_order_statistics()
    {
        var values = Enumerable.Range(0, 101).Select(i => (double)i).Reverse().Append(double.NaN);
        var interval = Interval.Percentile(values);
        Assert.Equal(2.5, interval.Lower, 9);
        Assert.Equal(97.5, interval.Upper, 9);
        Assert.False(Interval.Percentile([double.NaN]).IsDefined);
    }
}
