using BlindSpot.Core;

namespace BlindSpot.Tests.Core;

public class EffectChecksTests
{
    [Fact]
    public void Models_above_the_shuffled_control_are_testable_and_models_at_chance_are_not()
    {
        Assert.True(EffectChecks.BeatsShuffledControl([("flat", 0.61, new Interval(0.59, 0.63), 0.33), ("nested", 0.62, new Interval(0.60, 0.64), 0.33)]).IsTestable);

        // the team log's figures: 0.330 / 0.385 against 0.324 / 0.325 with shuffled labels
        var atChance = EffectChecks.BeatsShuffledControl([("flat", 0.330, new Interval(0.318, 0.342), 0.324), ("nested", 0.385, new Interval(0.36, 0.41), 0.325)]);
        Assert.False(atChance.IsTestable);
        Assert.Equal("not testable on this log: the models do not beat the shuffled-label control: flat macro F1 0.330 [0.318, 0.342] against 0.324 with shuffled labels",
            atChance.Sentence);
    }

    [Fact]
    public void An_alert_policy_needs_a_lift_above_1_and_an_auc_above_chance()
    {
        Assert.True(EffectChecks.AlertPolicy(1.8, new Interval(1.6, 2.0), 0.74, new Interval(0.71, 0.77), "AUC 0.740").IsTestable);
        Assert.Equal("not testable on this log: alerts reach abandoners no more often than the abandonment share alone (lift 1.00 [0.990, 1.010], not above 1)",
            EffectChecks.AlertPolicy(1.0, new Interval(0.99, 1.01), 0.515, new Interval(0.49, 0.54), "AUC 0.515").Sentence);
        Assert.Equal("not testable on this log: the forecaster behind the alerts does not beat chance (AUC 0.515 [0.490, 0.540], not above 0.5)",
            EffectChecks.AlertPolicy(1.3, new Interval(1.1, 1.5), 0.515, new Interval(0.49, 0.54), "AUC 0.515").Sentence);
        Assert.False(EffectChecks.AlertPolicy(double.NaN, Interval.None, 0.8, new Interval(0.7, 0.9), "AUC 0.800").IsTestable);
    }

    [Fact]
    public void An_audit_needs_two_groups_of_30_failures()
    {
        Assert.True(EffectChecks.Audit(new Dictionary<string, int> { ["billing"] = 30, ["orders"] = 412, ["other"] = 3 }).IsTestable);
        Assert.Equal("not testable on this log: an audit needs at least 2 groups with 30 failures or more, and 1 of 1 have them (unknown 950)",
            EffectChecks.Audit(new Dictionary<string, int> { ["unknown"] = 950 }).Sentence);
        Assert.False(EffectChecks.Audit(new Dictionary<string, int> { ["a"] = 29, ["b"] = 500 }).IsTestable);
    }

    [Theory]
    [InlineData(10, 10, 0.1, "0.100")]
    [InlineData(120, 1, 0.1, "undefined (120 positives, 1 negatives)")]
    [InlineData(9, 400, 0.9, "undefined (9 positives, 400 negatives)")]
    public void An_auc_with_fewer_than_10_of_a_class_is_undefined_not_below_chance(int positives, int negatives, double auc, string expected)
    {
        Assert.Equal(expected, AucReading.Text(auc, positives, negatives));
        Assert.Equal(expected.StartsWith("undefined", StringComparison.Ordinal), double.IsNaN(AucReading.Defined(auc, positives, negatives)));
    }

    [Theory]
    [InlineData(0.0, 1000, "< 0.001")]
    [InlineData(0.0, 200, "< 0.005")]
    [InlineData(0.004, 1000, "0.004")]
    [InlineData(0.25, 1000, "0.25")]
    [InlineData(double.NaN, 1000, "")]
    public void A_bootstrap_p_value_is_never_printed_as_0(double p, int replicates, string expected) =>
        Assert.Equal(expected, BootstrapText.PValue(p, replicates));

    [Fact]
    public void Undefined_replicates_are_counted_in_words()
    {
        Assert.Equal("339 of 1,000 replicates undefined, left out", BootstrapText.Undefined(339, 1000));
        Assert.Equal("", BootstrapText.Undefined(0, 1000));
    }

    [Fact]
    public void The_first_refusal_is_the_one_given()
    {
        var first = Testability.Not("a");
        Assert.Same(first, first.And(Testability.Not("b")));
        Assert.Equal("not testable on this log: b", Testability.Testable.And(Testability.Not("b")).Sentence);
        Assert.Equal("replicates", Testability.Testable.Or("replicates"));
    }
}
