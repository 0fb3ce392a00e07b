using BlindSpot.Summary;

namespace BlindSpot.Tests.Summary;

public class SweepTests
{
    [Fact]
    public void The_spread_is_mean_sd_and_percentiles_over_the_defined_seeds_and_counts_the_others()
    {
        var spread = SweepSummary.Spread("f", [1, 2, 3, 4, double.NaN]);
        Assert.Equal((5, 1), (spread.Seeds, spread.Undefined));
        Assert.Equal(2.5, spread.Mean, 12);
        Assert.Equal(Math.Sqrt(5.0 / 3), spread.Sd, 12);
        Assert.Equal(1 + 0.025 * 3, spread.Lower, 12);      // linear interpolation between order statistics
        Assert.Equal(1 + 0.975 * 3, spread.Upper, 12);
        Assert.Equal("2.500 [1.075, 3.925] over 5 seeds; undefined in 1 of 5", spread.Describe());
        Assert.Equal("undefined in every seed", SweepSummary.Spread("g", [double.NaN, double.NaN]).Describe());
    }

    [Fact]
    public void The_tidy_table_round_trips_through_its_csv_and_the_summary_file_matches()
    {
        var folder = Path.Combine(Path.GetTempPath(), "sweep-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            SeedFigure[] rows = [new(1, "a/x", 0.5), new(1, "b", double.NaN), new(2, "a/x", 0.25), new(2, "b", 1.0 / 3)];
            SweepFile.Write(folder, rows);
            Assert.Equal("seed,figure,value\n1,a/x,0.5\n1,b,\n2,a/x,0.25\n2,b,0.333333\n", File.ReadAllText(Path.Combine(folder, SweepFile.SeedsName)));
            Assert.Equal("figure,seeds,undefined,mean,sd,p2_5,p97_5\na/x,2,0,0.375,0.176777,0.25625,0.49375\nb,2,1,0.333333,,0.333333,0.333333\n",
                File.ReadAllText(Path.Combine(folder, SweepFile.SummaryName)));
            var back = SweepFile.Read(folder);
            Assert.Equal(4, back.Count);
            Assert.True(double.IsNaN(back[1].Value));
            Assert.Equal(0.375, SweepFile.TryLoad(folder)!["a/x"]!.Mean, 12);

            File.WriteAllText(Path.Combine(folder, SweepFile.SeedsName), "seed,figure,value\n1,a,zero\n");
            Assert.Equal($"{Path.Combine(folder, SweepFile.SeedsName)} line 2: 'zero' is not a number.", Assert.Throws<InvalidDataException>(() => SweepFile.Read(folder)).Message);
            Assert.Null(SweepFile.TryLoad(Path.Combine(folder, "none")));
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void One_seed_runs_every_stage_and_gives_the_same_figures_twice()
    {
        var options = new SweepOptions { Sessions = 300, Folds = 3, Bootstrap = 20 };
        var first = SeedSweep.Run([7], options, parallelism: 1);
        var again = SeedSweep.Run([7], options, parallelism: 1);
        Assert.Equal(first, again);
        var figures = first.Select(r => r.Figure).ToHashSet();
        foreach (var learner in options.Learners)
            Assert.Contains($"nested_minus_flat_points/{learner}", figures);
        Assert.Contains("fnr_truth/account_access", figures);
        // Every figure a verdict's rule reads is swept, so each rule can be voted on by the seeds.
        foreach (var name in new[] { "velocity_minus_average_auc_k3", "alert_precision", "median_alert_lead_turns", "mitigation_intents_fnr_raised",
                                     "first_useful_reply_minutes_full_minus_none", "fnr_gap_before", "fnr_ratio_observed/billing" })
            Assert.Contains(name, figures);
        Assert.Contains("csat_full_minus_none", figures);
        Assert.All(first, r => Assert.Equal(7, r.Seed));
        // Shares are shares, and the handoff's planted packet effect shows at this size too.
        Assert.InRange(first.Single(r => r.Figure == "abandoned_share").Value, 0.15, 0.45);
        Assert.True(first.Single(r => r.Figure == "re_explained_none_minus_full").Value > 0);
    }

    [Fact]
    public void Bad_options_are_refused_with_what_to_change()
    {
        Assert.Equal("A sweep needs at least 100 sessions per seed (got 10).", Assert.Throws<ArgumentException>(() => SeedSweep.Run([1], new SweepOptions { Sessions = 10 })).Message);
        Assert.Equal("Each seed at most once.", Assert.Throws<ArgumentException>(() => SeedSweep.Run([1, 1])).Message);
    }
}
