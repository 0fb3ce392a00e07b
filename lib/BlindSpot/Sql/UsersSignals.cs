namespace BlindSpot.Sql;

/// <summary>What notebook 02 says of the users' own signals: the ratings' and the returns' verdicts, or that there are none.</summary>
public static class UsersSignals
{
    public static string Verdict(RatingsCheck? ratings, ReturnsCheck? returns, bool simulated)
    {
        var parts = new List<string>();
        if (ratings is not null) parts.Add(ratings.Verdict());
        else if (returns is not null) parts.Add("This log carries no ratings (no ratings.parquet beside it).");
        if (returns is not null) parts.Add(returns.Verdict());
        else if (ratings is not null) parts.Add("This log has no conversation_id or customer_id, so no return can be seen on it.");
        if (parts.Count > 0) return string.Join("\n", parts);
        return "This log has neither ratings (no ratings.parquet beside it) nor returns (no conversation_id or customer_id): " +
               "no definition can be checked against the users' own signals on it" + (simulated ? "; on a simulated log the latent truth above does that." : ".");
    }
}
