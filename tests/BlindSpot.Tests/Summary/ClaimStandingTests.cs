using BlindSpot.Summary;

namespace BlindSpot.Tests.Summary;

public class ClaimStandingTests
{
    [Theory]
    [InlineData("matches (within ±0.02); calibrated, not evidence", ClaimStanding.Holds)]
    [InlineData("recovered: fewer re-explain with a full packet (planted packet effect)", ClaimStanding.Holds)]
    // "Partly" is its own standing, never counted as holding.
    [InlineData("replicates partly: 30.3 % of abandoners are alerted before they leave", ClaimStanding.HoldsPartly)]
    [InlineData("by construction, shown in some seeds: holds in 10 of 20 seeds; seed 42: …", ClaimStanding.HoldsPartly)]
    [InlineData("by construction: holds in 20 of 20 seeds; seed 42: abandoners leave 1.7 user turns sooner", ClaimStanding.Holds)]
    [InlineData("not shown though built in: holds in 2 of 20 seeds", ClaimStanding.DoesNotHold)]
    [InlineData("not reproduced in simulation: holds in 0 of 20 seeds; seed 42: best -0.5 points (linear)", ClaimStanding.DoesNotHold)]
    [InlineData("not testable in simulation: nothing by intent is planted on the human leg", ClaimStanding.NotApplicable)]
    [InlineData("depends on the reading: matches on observed failures; replicates partly behind level 1", ClaimStanding.HoldsPartly)]
    [InlineData("not recovered: velocity does not beat average at turn 3", ClaimStanding.DoesNotHold)]
    [InlineData("does not replicate: best -0.5 points (linear), more than 5 below +20 with every learner", ClaimStanding.DoesNotHold)]
    [InlineData("does not match (-0.063); calibrated, not evidence", ClaimStanding.DoesNotHold)]
    // One failing reading is enough: the figure does not hold as published.
    [InlineData("depends on the reading: matches (within ±0.05) on observed failures; does not match (-0.062) behind level 1", ClaimStanding.DoesNotHold)]
    [InlineData("depends on the reading: matches (within ±0.02) as a share of sessions; as a share of the observed failures escalation-only misses 53.1 %", ClaimStanding.Holds)]
    [InlineData("recovered in some seeds: holds in 12 of 20 seeds; seed 42: …", ClaimStanding.HoldsPartly)]
    [InlineData("depends on the reading: does not match (-0.17) on observed failures; does not match (-0.35) behind level 1", ClaimStanding.DoesNotHold)]
    [InlineData("not applicable under this outcome definition: no abandoners", ClaimStanding.NotApplicable)]
    [InlineData("not measured: the data has no escalations both without a packet and with a full one", ClaimStanding.NotApplicable)]
    public void Each_verdict_maps_to_one_standing(string verdict, ClaimStanding expected) =>
        Assert.Equal(expected, ClaimStandings.Of(new Claim("s", "c", ClaimKind.Emergent, "p", "o", "02", verdict)));

    [Theory]
    [InlineData(ClaimKind.Calibrated, true, "matches")]
    [InlineData(ClaimKind.Calibrated, false, "does not match")]
    [InlineData(ClaimKind.Planted, true, "recovered")]
    [InlineData(ClaimKind.Planted, false, "not recovered")]
    [InlineData(ClaimKind.Emergent, true, "replicates")]
    [InlineData(ClaimKind.Emergent, false, "does not replicate")]
    [InlineData(ClaimKind.ByConstruction, true, "by construction")]
    [InlineData(ClaimKind.ByConstruction, false, "not shown though built in")]
    public void Each_kind_has_its_own_words_and_they_read_back_as_the_right_standing(ClaimKind kind, bool holds, string word)
    {
        Assert.Equal(word, Verdicts.Word(kind, holds));
        var claim = new Claim("s", "c", kind, "p", "o", "02", Verdicts.Of(kind, holds, "because"));
        Assert.Equal($"{word}: because", claim.Verdict);
        Assert.Equal(holds ? ClaimStanding.Holds : ClaimStanding.DoesNotHold, ClaimStandings.Of(claim));
    }

    [Theory]
    [InlineData(ClaimKind.Emergent, false, true, "not reproduced in simulation")]
    [InlineData(ClaimKind.Emergent, true, true, "replicates")]
    [InlineData(ClaimKind.Emergent, false, false, "does not replicate")]
    [InlineData(ClaimKind.Planted, false, true, "not recovered")]
    public void Only_a_failing_published_figure_is_not_reproduced_in_simulation(ClaimKind kind, bool holds, bool published, string word) =>
        Assert.Equal(word, Verdicts.Word(kind, holds, published));

    [Fact]
    public void Every_verdict_word_is_in_the_vocabulary_and_the_new_kind_has_its_own_row()
    {
        string[] words = [Verdicts.Matches, Verdicts.DoesNotMatch, Verdicts.Recovered, Verdicts.RecoveredInSomeSeeds, Verdicts.NotRecovered,
            Verdicts.Replicates, Verdicts.ReplicatesPartly, Verdicts.DoesNotReplicate, Verdicts.NotReproduced, Verdicts.ByConstruction,
            Verdicts.ByConstructionInSomeSeeds, Verdicts.NotShownThoughBuiltIn, Verdicts.NotApplicable, Verdicts.NotMeasured, Verdicts.NotTestable,
            Verdicts.NotTestableInSimulation, Verdicts.NotDetermined, Verdicts.Undecided];
        var listed = Verdicts.Vocabulary.SelectMany(v => v.Words.Split(" / ")).Distinct().ToList();
        Assert.Equal(words.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        Assert.Equal(["calibrated", "planted", "emergent", "by construction", "any"], Verdicts.Vocabulary.Select(v => v.Kind));
        Assert.Equal("by construction", ClaimKind.ByConstruction.Name());
    }
}
