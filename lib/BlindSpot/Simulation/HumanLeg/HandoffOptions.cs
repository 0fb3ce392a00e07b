namespace BlindSpot.Simulation;

/// <summary>Which case-packet fields the agent receives when the bot hands a customer over.</summary>
public enum PacketPolicy
{
    /// <summary>The agent gets nothing: they enter cold.</summary>
    None,
    /// <summary>The thread and the identifiers (what a plain helpdesk integration passes on).</summary>
    Partial,
    /// <summary>All seven fields of the case packet.</summary>
    Full,
    /// <summary>Each escalation draws none / partial / full (<see cref="HandoffOptions.MixedWeights"/>): the default, so one data set compares the three.</summary>
    Mixed,
}

/// <summary>Reads a packet completeness policy by name.</summary>
public static class PacketPolicies
{
    public static PacketPolicy Parse(string policy) => policy.Trim().ToLowerInvariant() switch
    {
        "none" => PacketPolicy.None,
        "partial" => PacketPolicy.Partial,
        "full" => PacketPolicy.Full,
        "mixed" => PacketPolicy.Mixed,
        _ => throw new ArgumentException($"Unknown packet completeness policy '{policy}'; use none, partial, full or mixed."),
    };
}

/// <summary>
/// The human leg of the simulation: what happens after the bot hands over, the human-only cohort, and the
/// post-case surveys. Independent of the bot side: changing any of these never changes <c>turns.csv</c>.
/// </summary>
public sealed record HandoffOptions
{
    public PacketPolicy Policy { get; init; } = PacketPolicy.Mixed;

    /// <summary>Weights of none / partial / full under <see cref="PacketPolicy.Mixed"/>.</summary>
    public IReadOnlyList<double> MixedWeights { get; init; } = [0.30, 0.45, 0.25];

    /// <summary>Cases handled by a human from the start (they never met the bot).</summary>
    public int HumanOnlyCases { get; init; } = 500;

    /// <summary>
    /// Planted effect: a more complete packet means less re-explanation, a faster first useful reply, less agent
    /// effort and higher escalated-path satisfaction. Off: completeness has no effect on any of them.
    /// </summary>
    public bool PacketEffect { get; init; } = true;

    public void Validate()
    {
        if (HumanOnlyCases < 0) throw new ArgumentException($"HumanOnlyCases must be >= 0 (got {HumanOnlyCases}).");
        if (MixedWeights.Count != 3 || MixedWeights.Any(w => w < 0 || double.IsNaN(w)) || MixedWeights.Sum() <= 0)
            throw new ArgumentException("MixedWeights must be three non-negative weights (none, partial, full), not all 0.");
    }
}
