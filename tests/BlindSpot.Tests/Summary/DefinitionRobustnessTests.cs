using BlindSpot.Summary;

namespace BlindSpot.Tests.Summary;

/// <summary>"Holds under N of M definitions" counts only the definitions that can test a claim.</summary>
public class DefinitionRobustnessTests
{
    private static Claim C(string ours, string notebook, string verdict) =>
        new("case study", "claim", ClaimKind.Emergent, "qualitative", ours, notebook, verdict);

    [Fact]
    public void A_figure_the_same_under_every_definition_is_said_not_to_depend_on_them()
    {
        Assert.Equal(DefinitionRobustness.Invariant,
            DefinitionRobustness.Of([(C("27.7 %", "02", "matches"), false), (C("27.7 %", "02", "matches"), true), (C("27.7 %", "02", "matches"), false)]));
    }

    [Fact]
    public void A_modelling_claim_leaves_out_circular_definitions_and_those_where_it_does_not_apply()
    {
        Assert.Equal("holds under 1 of 2 definitions (circular definitions left out)", DefinitionRobustness.Of(
            [(C("+0.5", "03", "replicates: a"), false), (C("+3.0", "03", "replicates: b"), true), (C("-0.4", "03", "does not replicate: c"), false),
             (C("n/a", "03", "not applicable under this outcome definition"), false)]));
    }

    [Fact]
    public void Other_claims_count_every_definition_that_can_test_them()
    {
        Assert.Equal("holds under 2 of 3 definitions", DefinitionRobustness.Of(
            [(C("a", "02", "matches"), false), (C("b", "02", "matches"), true), (C("c", "02", "does not match (+0.1)"), false)]));
        Assert.Equal("not applicable under any definition", DefinitionRobustness.Of([]));
    }

    [Fact]
    public void Holding_in_part_is_said_apart_and_not_counted_as_holding()
    {
        Assert.Equal("holds under 0 of 2 definitions, in part under 1", DefinitionRobustness.Of(
            [(C("a", "02", "replicates partly: 30 %"), false), (C("b", "02", "does not replicate: c"), false)]));
        Assert.Equal("holds under 1 of 2 definitions, in part under 1", DefinitionRobustness.Of(
            [(C("a", "05", "recovered in some seeds: 12 of 20"), false), (C("b", "05", "recovered: 20 of 20"), false)]));
    }
}
