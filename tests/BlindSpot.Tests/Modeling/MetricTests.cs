using BlindSpot.Core;
using BlindSpot.Modeling;

namespace BlindSpot.Tests.Modeling;

public class MetricTests
{
    // Ten hand-made sessions. truth / prediction:
    //   R R R R E E E A A A   truth
    //   R R E A E E A A R E   prediction
    private const int Resolved = (int)Outcome.Resolved;
    private const int Escalated = (int)Outcome.Escalated;
    private const int Abandoned = (int)Outcome.Abandoned;

    private static readonly int[] Truth = [Resolved, Resolved, Resolved, Resolved, Escalated, Escalated, Escalated, Abandoned, Abandoned, Abandoned];
    private static readonly int[] Predicted = [Resolved, Resolved, Escalated, Abandoned, Escalated, Escalated, Abandoned, Abandoned, Resolved, Escalated];

    [Fact]
    public void Binary_f1_counts_true_positives_false_positives_and_false_negatives()
    {
        // tp 2, fp 1, fn 2 -> 2*2 / (4 + 1 + 2) = 4/7
        bool[] truth = [true, true, true, true, false, false];
        bool[] predicted = [true, true, false, false, true, false];
        Assert.Equal(4.0 / 7, ClassificationMetrics.BinaryF1(truth, predicted), 12);
        Assert.Equal(0, ClassificationMetrics.BinaryF1([false, false], [false, false]));
    }

    [Fact]
    public void Per_class_and_macro_f1_match_hand_computed_values()
    {
        var perClass = ClassificationMetrics.PerClass(Truth, Predicted);
        // resolved: tp 2, fp 1 (an abandoned predicted R), fn 2 -> P 2/3, R 1/2, F1 4/7
        Assert.Equal(2.0 / 3, perClass[Resolved].Precision, 12);
        Assert.Equal(0.5, perClass[Resolved].Recall, 12);
        Assert.Equal(4.0 / 7, perClass[Resolved].F1, 12);
        // escalated: tp 2, fp 2, fn 1 -> 4/7 ; abandoned: tp 1, fp 2, fn 2 -> 2/6
        Assert.Equal(4.0 / 7, perClass[Escalated].F1, 12);
        Assert.Equal(1.0 / 3, perClass[Abandoned].F1, 12);
        Assert.Equal(new[] { 4, 3, 3 }, perClass.Select(c => c.Support));
        Assert.Equal((4.0 / 7 + 4.0 / 7 + 1.0 / 3) / 3, ClassificationMetrics.MacroF1(Truth, Predicted), 12);
    }

    [Fact]
    public void Level_one_f1_collapses_to_failed_versus_resolved()
    {
        // failed truth: 6; predicted failed: 7 of which 5 truly failed -> tp 5, fp 2, fn 1 -> 10/13
        Assert.Equal(10.0 / 13, LevelMetrics.LevelOneF1(Truth, Predicted), 12);
    }

    [Fact]
    public void Routed_level_two_counts_routing_errors_and_oracle_ignores_them()
    {
        // Routed = escalated/abandoned F1 of the 3-class predictions: (4/7 + 1/3) / 2.
        Assert.Equal((4.0 / 7 + 1.0 / 3) / 2, LevelMetrics.LevelTwoRoutedF1(Truth, Predicted), 12);
        // Oracle: level 2's own answer on the 6 true failures only; rows 0-3 (truly resolved) are ignored whatever level 2 says.
        int[] levelTwo = [Escalated, Abandoned, Abandoned, Abandoned, Escalated, Escalated, Abandoned, Abandoned, Abandoned, Escalated];
        // escalated: tp 2, fp 1, fn 1 -> 2/3 ; abandoned: tp 2, fp 1, fn 1 -> 2/3
        Assert.Equal(2.0 / 3, LevelMetrics.LevelTwoOracleF1(Truth, levelTwo), 12);
        // A truly resolved session routed to level 2 lowers the routed score but not the oracle one.
        int[] truth = [Resolved, Escalated, Abandoned];
        Assert.Equal(1.0, LevelMetrics.LevelTwoOracleF1(truth, [Abandoned, Escalated, Abandoned]), 12);
        Assert.Equal(1.0, LevelMetrics.LevelTwoRoutedF1(truth, [Resolved, Escalated, Abandoned]), 12);
        Assert.Equal((1.0 + 2.0 / 3) / 2, LevelMetrics.LevelTwoRoutedF1(truth, [Abandoned, Escalated, Abandoned]), 12);
    }

    [Fact]
    public void Hierarchical_f1_gives_half_credit_for_the_wrong_failure_mode()
    {
        // Augmented sets: R -> {R}; E -> {failed, E}; A -> {failed, A}.
        // per session |P∩T| / |P| / |T|: R,R 1/1/1 ; R->E 0/2/1 ; E,E 2/2/2 ; E->A 1/2/2 ; A->R 0/1/2
        int[] truth = [Resolved, Resolved, Escalated, Escalated, Abandoned];
        int[] predicted = [Resolved, Escalated, Escalated, Abandoned, Resolved];
        var h = HierarchicalMetrics.Compute(truth, predicted);
        Assert.Equal(4.0 / 8, h.Precision, 12);
        Assert.Equal(4.0 / 8, h.Recall, 12);
        Assert.Equal(0.5, h.F1, 12);
        var perfect = HierarchicalMetrics.Compute(Truth, Truth);
        Assert.Equal(1.0, perfect.F1, 12);
        // Unequal precision and recall: truth E predicted R -> 0 overlap, |P| 1, |T| 2; truth R predicted R -> 1,1,1.
        var h2 = HierarchicalMetrics.Compute([Escalated, Resolved], [Resolved, Resolved]);
        Assert.Equal(0.5, h2.Precision, 12);
        Assert.Equal(1.0 / 3, h2.Recall, 12);
        Assert.Equal(2 * 0.5 / 3 / (0.5 + 1.0 / 3), h2.F1, 12);
    }

    [Fact]
    public void Confusion_matrix_rows_are_truth_and_columns_predictions()
    {
        var m = ConfusionMatrix.Of(Truth, Predicted);
        Assert.Equal(new[,] { { 2, 1, 1 }, { 0, 2, 1 }, { 1, 1, 1 } }, m.Counts);
        Assert.Equal(Outcomes.Names, m.Labels);
        Assert.Equal(10, m.Total);
    }

    [Fact]
    public void Nested_routing_sends_only_predicted_failures_to_level_two()
    {
        Assert.Equal(Resolved, NestedModel.Route(0.49, 0.99));
        Assert.Equal(Abandoned, NestedModel.Route(0.5, 0.5));
        Assert.Equal(Escalated, NestedModel.Route(0.9, 0.1));
    }

    [Fact]
    public void Summary_uses_the_sample_standard_deviation()
    {
        var s = MetricSummary.Of("x", Design.Flat, "m", [0.5, 0.7, 0.9]);
        Assert.Equal(0.7, s.Mean, 12);
        Assert.Equal(0.2, s.Sd, 12);
    }
}
