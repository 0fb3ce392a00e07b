using BlindSpot.Summary;

namespace BlindSpot.Tests.Summary;

public class ClaimStandingTests
{
    [Theory]
    [InlineData("matches (within ±0.02); calibrated, not evidence", ClaimStanding.Holds)]
    [InlineData("recovered: fewer re-explain with a full packet (planted packet effect)", ClaimStanding.Holds)]
    [InlineData("replicates partly: 30.3 % of abandoners are alerted before they leave", ClaimStanding.Holds)]
    [InlineData("not recovered: velocity does not beat average at turn 3", ClaimStanding.DoesNotHold)]
    [InlineData("does not replicate: best -0.5 points (linear), more than 5 below +20 with every learner", ClaimStanding.DoesNotHold)]
    [InlineData("does not match (-0.063); calibrated, not evidence", ClaimStanding.DoesNotHold)]
    // One failing reading is enough: the figure does not hold as published.
    [InlineData("depends on the reading: matches (within ±0.05) on observed failures; does not match (-0.062) behind level 1", ClaimStanding.DoesNotHold)]
    [InlineData("depends on the reading: matches (within ±0.02) as a share of sessions; as a share of the observed failures escalation-only misses 53.1 %", ClaimStanding.Holds)]
    [InlineData("recovered in some seeds: holds in 12 of 20 seeds; seed 42: …", ClaimStanding.Holds)]
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
    public void Each_kind_has_its_own_words_and_they_read_back_as_the_right_standing(ClaimKind kind, bool holds, string word)
    {
        Assert.Equal(word, Verdicts.Word(kind, holds));
        var claim = new Claim("s", "c", kind, "p", "o", "02", Verdicts.Of(kind, holds, "because"));
        Assert.Equal($"{word}: because", claim.Verdict);
        Assert.Equal(holds ? ClaimStanding.Holds : ClaimStanding.DoesNotHold, ClaimStandings.Of(claim));
    }
}
