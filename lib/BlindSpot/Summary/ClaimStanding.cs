namespace BlindSpot.Summary;

/// <summary>Where a claim stands on some data, read from its verdict.</summary>
public enum ClaimStanding
{
    Holds,

    /// <summary>Holds in some seeds or for some of the cases, not most: not counted as holding.</summary>
    HoldsPartly,
    DoesNotHold,
    NotApplicable,

    /// <summary>The seeds do not tell whether it holds (<see cref="Verdicts.Undecided"/>): neither holding nor failing.</summary>
    Undecided,
}

/// <summary>
/// The verdict vocabulary (<see cref="Verdicts"/>) mapped to a standing, in one place, so the sensitivity table can
/// count under how many outcome definitions each claim holds. "Depends on the reading" holds only when no reading fails:
/// one failing reading is enough for a published figure not to hold as published. "Replicates partly" and "recovered in
/// some seeds" are their own standing, never counted as holding.
/// </summary>
public static class ClaimStandings
{
    private static readonly string[] NotApplicablePrefixes =
        [Verdicts.NotApplicable, Verdicts.NotMeasured, Verdicts.NotTestable, Verdicts.NotTestableInSimulation, Verdicts.NotDetermined];
    private static readonly string[] DoesNotHoldPrefixes = [Verdicts.DoesNotMatch, Verdicts.NotRecovered, Verdicts.DoesNotReplicate, Verdicts.NotReproduced, Verdicts.NotShownThoughBuiltIn];
    private static readonly string[] PartlyPrefixes = [Verdicts.ReplicatesPartly, Verdicts.RecoveredInSomeSeeds, Verdicts.ByConstructionInSomeSeeds];

    public static ClaimStanding Of(Claim claim)
    {
        var verdict = claim.Verdict;
        if (NotApplicablePrefixes.Any(p => verdict.StartsWith(p, StringComparison.Ordinal))) return ClaimStanding.NotApplicable;
        if (verdict.StartsWith(Verdicts.Undecided, StringComparison.Ordinal)) return ClaimStanding.Undecided;
        if (verdict.StartsWith(DependsOnTheReading, StringComparison.Ordinal))
        {
            bool AnyReading(string[] words) => words.Any(w => verdict.Contains(": " + w, StringComparison.Ordinal) || verdict.Contains("; " + w, StringComparison.Ordinal));
            return AnyReading(DoesNotHoldPrefixes) ? ClaimStanding.DoesNotHold : AnyReading([Verdicts.Undecided]) ? ClaimStanding.Undecided
                : AnyReading(PartlyPrefixes) ? ClaimStanding.HoldsPartly : ClaimStanding.Holds;
        }
        if (DoesNotHoldPrefixes.Any(p => verdict.StartsWith(p, StringComparison.Ordinal))) return ClaimStanding.DoesNotHold;
        return PartlyPrefixes.Any(p => verdict.StartsWith(p, StringComparison.Ordinal)) ? ClaimStanding.HoldsPartly : ClaimStanding.Holds;
    }

    /// <summary>The start of a verdict that gives one word per reading of an ambiguous published figure.</summary>
    public const string DependsOnTheReading = "depends on the reading";
}
