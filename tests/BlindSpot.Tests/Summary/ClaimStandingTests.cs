using BlindSpot.Summary;

namespace BlindSpot.Tests.Summary;

public class ClaimStandingTests
{
    [Theory]
    [InlineData("matches (within ±0.02); calibrated, not evidence", ClaimStanding.Holds)]
    [InlineData("holds (planted packet effect)", ClaimStanding.Holds)]
    [InlineData("partly: many abandoners leave right after their first failed answer", ClaimStanding.Holds)]
    [InlineData("does not replicate with any learner (best -0.5 points, linear)", ClaimStanding.DoesNotHold)]
    [InlineData("does not replicate (-0.063); calibrated, not evidence", ClaimStanding.DoesNotHold)]
    [InlineData("not supported on our data", ClaimStanding.DoesNotHold)]
    [InlineData("depends on the reading: replicates (within ±0.05) on true failures; does not replicate (-0.062) behind level 1", ClaimStanding.Holds)]
    [InlineData("depends on the reading: does not replicate (-0.17) on true failures; does not replicate (-0.35) behind level 1", ClaimStanding.DoesNotHold)]
    [InlineData("not applicable under this outcome definition: no abandoners", ClaimStanding.NotApplicable)]
    [InlineData("not measured: the data has no escalations both without a packet and with a full one", ClaimStanding.NotApplicable)]
    public void Each_verdict_maps_to_one_standing(string verdict, ClaimStanding expected) =>
        Assert.Equal(expected, ClaimStandings.Of(new Claim("s", "c", "p", "o", "02", verdict)));
}
