using BlindSpot.Core;
using BlindSpot.Modeling;
using BlindSpot.Summary;

namespace BlindSpot.Tests.Summary;

/// <summary>On a team's log (no simulation findings): each verdict is given only where its effect stands out of its noise.</summary>
public class LogVerdictTests
{
    internal static readonly StudyFindings Clear = ClaimsTests.Study with
    {
        Simulation = null,
        Handoff = null,
        Models = ClaimsTests.Models with
        {
            Learners = new(StringComparer.Ordinal)
            {
                ["linear"] = ClaimsTests.Models.Learners["linear"] with { FlatMacroF1Interval = new Interval(0.72, 0.75), NestedMacroF1Interval = new Interval(0.71, 0.74) },
                ["boosted_trees"] = ClaimsTests.Models.Learners["boosted_trees"] with { FlatMacroF1Interval = new Interval(0.70, 0.73), NestedMacroF1Interval = new Interval(0.69, 0.72) },
            },
            ShuffledNestedMacroF1 = 0.335,
        },
    };

    // the team log of issue #41: both designs within a point of the shuffled-label control
    internal static readonly StudyFindings AtChance = Clear with
    {
        Models = Clear.Models with
        {
            Learners = new(StringComparer.Ordinal)
            {
                ["boosted_trees"] = new LearnerFindings(0.330, 0.385, 0.52, 0.40, 5.5, 2.0, 9.0)
                    { FlatMacroF1Interval = new Interval(0.318, 0.342), NestedMacroF1Interval = new Interval(0.360, 0.410) },
            },
            ShuffledMacroF1 = 0.324,
            ShuffledNestedMacroF1 = 0.325,
        },
    };

    [Fact]
    public void Models_above_the_shuffled_control_get_their_verdict()
    {
        Assert.Contains("The nested design does not beat the flat one as published (best nested − flat -0.5 F1 points with linear, against +20).", LogBesideCaseStudy.Findings(Clear));
        Assert.Equal("far below the published gain", Row(Clear, "nested beats flat"));
    }

    [Fact]
    public void Models_at_chance_are_not_testable_and_say_why()
    {
        const string why = "not testable on this log: the models do not beat the shuffled-label control: flat macro F1 0.330 [0.318, 0.342] against 0.324 with shuffled labels";
        Assert.Contains($"Flat against nested is {why}.", LogBesideCaseStudy.Findings(AtChance));
        Assert.Equal(why, Row(AtChance, "nested beats flat"));
    }

    [Fact]
    public void Findings_saved_without_intervals_cannot_show_the_models_beat_chance()
    {
        var old = ClaimsTests.Models; // no intervals: saved before they were recorded
        Assert.Equal("not testable on this log: the models do not beat the shuffled-label control: flat macro F1 has no interval; nested macro F1 has no interval",
            old.ComparisonCheck("linear").Sentence);
    }

    internal static string Row(StudyFindings f, string figureStart)
    {
        var table = LogBesideCaseStudy.Table(f, SessionBootstrap.From([0, 1, 2, 0, 1, 2, 0, 0, 2, 2], [0, 2, 1, 0, 3, 1, 0, 0, 2, 1], replicates: 50));
        for (var row = 0; row < table.Rows.Count; row++)
            if (((string)table["figure"][row]).StartsWith(figureStart, StringComparison.Ordinal)) return (string)table["published_figure_against_this_log"][row];
        throw new KeyNotFoundException(figureStart);
    }
}
