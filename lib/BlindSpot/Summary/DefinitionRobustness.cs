namespace BlindSpot.Summary;

/// <summary>
/// Under how many outcome definitions a claim holds, counting only the definitions that can test it:
/// <list type="bullet">
/// <item>a claim whose figure is the same under every definition (the escalation share, the handoff seam) does not
/// depend on the labels: it is said so, and not counted as "holding" under each;</item>
/// <item>a claim about the models (notebooks 03–05) leaves out a circular definition, whose label is built from the
/// features the models see;</item>
/// <item>a definition under which the claim does not apply (no abandoned class, say) is left out of the count.</item>
/// </list>
/// </summary>
public static class DefinitionRobustness
{
    /// <summary>The notebooks whose claims rest on models trained on the labels.</summary>
    public static readonly IReadOnlyList<string> ModellingNotebooks = ["03", "04", "05"];

    public const string Invariant = "the same under every definition (the figure does not depend on the labels)";

    /// <param name="underEachDefinition">The claim as each definition gave it, and whether that definition is circular for models.</param>
    public static string Of(IReadOnlyList<(Claim Claim, bool Circular)> underEachDefinition)
    {
        if (underEachDefinition.Count == 0) return "not applicable under any definition";
        if (underEachDefinition.Count > 1 && underEachDefinition.All(d => d.Claim.Ours == underEachDefinition[0].Claim.Ours)) return Invariant;
        var modelling = underEachDefinition.Any(d => ModellingNotebooks.Any(n => d.Claim.Notebook.Contains(n, StringComparison.Ordinal)));
        var left = modelling && underEachDefinition.Any(d => d.Circular) ? " (circular definitions left out)" : "";
        var counted = underEachDefinition.Where(d => !(modelling && d.Circular)).Select(d => ClaimStandings.Of(d.Claim))
            .Where(s => s != ClaimStanding.NotApplicable).ToList();
        return counted.Count == 0 ? $"not applicable under any definition{left}"
            : $"holds under {counted.Count(s => s == ClaimStanding.Holds)} of {counted.Count} definitions{Partly(counted)}{left}";
    }

    /// <summary>"Holds in part" is not holding: said apart, so a count never includes it.</summary>
    private static string Partly(IReadOnlyList<ClaimStanding> counted) =>
        (counted.Count(s => s == ClaimStanding.HoldsPartly) is > 0 and var n ? $", in part under {n}" : "") +
        (counted.Count(s => s == ClaimStanding.Undecided) is > 0 and var u ? $", undecided under {u}" : "");
}
