namespace BlindSpot.Logs;

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

/// <summary>The packet completeness levels of the handoff files, and the fields each carries.</summary>
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
}

/// <summary>The interaction paths a post-case survey is segmented by.</summary>
public static class CasePaths
{
    /// <summary>The bot resolved the case and the customer confirmed it.</summary>
    public const string AiResolved = "ai_resolved";
    /// <summary>The bot handed the customer to a human.</summary>
    public const string AiToHuman = "ai_to_human";
    /// <summary>A human handled the case from the start.</summary>
    public const string HumanOnly = "human_only";

    public static readonly IReadOnlyList<string> All = [AiResolved, AiToHuman, HumanOnly];
}
