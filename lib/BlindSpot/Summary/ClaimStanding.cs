namespace BlindSpot.Summary;

/// <summary>Where a claim stands on some data, read from its verdict.</summary>
public enum ClaimStanding
{
    Holds,
    DoesNotHold,
    NotApplicable,
}

/// <summary>
/// The verdict vocabulary of <see cref="CaseStudyClaims"/> and <see cref="CaseStudyRoadmap"/> mapped to a standing, in
/// one place, so the sensitivity table can count under how many outcome definitions each claim holds. "Depends on the
/// reading" holds when any reading replicates.
/// </summary>
public static class ClaimStandings
{
    private static readonly string[] NotApplicablePrefixes = ["not applicable", "not measured"];
    private static readonly string[] DoesNotHoldPrefixes = ["does not", "not supported"];

    public static ClaimStanding Of(Claim claim)
    {
        var verdict = claim.Verdict;
        if (NotApplicablePrefixes.Any(p => verdict.StartsWith(p, StringComparison.Ordinal))) return ClaimStanding.NotApplicable;
        if (verdict.StartsWith("depends on the reading", StringComparison.Ordinal))
            return verdict.Contains(" replicates", StringComparison.Ordinal) ? ClaimStanding.Holds : ClaimStanding.DoesNotHold;
        if (DoesNotHoldPrefixes.Any(p => verdict.StartsWith(p, StringComparison.Ordinal)) || verdict.Contains("does not hold", StringComparison.Ordinal))
            return ClaimStanding.DoesNotHold;
        return ClaimStanding.Holds;
    }
}
