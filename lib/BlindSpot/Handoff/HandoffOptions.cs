namespace BlindSpot.Handoff;

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

/// <summary>The seven fields of a case packet, as flags.</summary>
[Flags]
public enum PacketFields
{
    None = 0,
    Thread = 1,
    Summary = 2,
    Identifiers = 4,
    BotActions = 8,
    EscalationReason = 16,
    Evidence = 32,
    Sentiment = 64,
    All = Thread | Summary | Identifiers | BotActions | EscalationReason | Evidence | Sentiment,
}

public static class PacketLevels
{
    public const string None = "none";
    public const string Partial = "partial";
    public const string Full = "full";

    public static readonly IReadOnlyList<string> All = [None, Partial, Full];

    /// <summary>The fields a packet of a level carries.</summary>
    public static PacketFields Fields(string level) => level switch
    {
        None => PacketFields.None,
        Partial => PacketFields.Thread | PacketFields.Identifiers,
        Full => PacketFields.All,
        _ => throw new ArgumentException($"Unknown packet level '{level}'; known: {string.Join(", ", All)}."),
    };

    /// <summary>Number of fields set, 0–7.</summary>
    public static int Count(PacketFields fields) => System.Numerics.BitOperations.PopCount((uint)(fields & PacketFields.All));

    public static PacketPolicy ParsePolicy(string policy) => policy.Trim().ToLowerInvariant() switch
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
