namespace BlindSpot.Simulation.Export;

/// <summary>
/// What a synthetic webchat export is made of: how many conversation files, the seed that makes it reproducible (the
/// same options give byte-identical files) and the day the first conversations fall on.
/// </summary>
public sealed record WebchatFixtureOptions
{
    public const int DefaultConversations = 1500;
    public const int DefaultSeed = 7;

    public int Conversations { get; init; } = DefaultConversations;

    public int Seed { get; init; } = DefaultSeed;

    /// <summary>The earliest a conversation starts, in UTC (a time of day is dropped: conversations are spread over whole days).</summary>
    public DateTime Start { get; init; } = new(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc);

    public void Validate()
    {
        if (Conversations < 1) throw new ArgumentException($"Conversations must be at least 1, not {Conversations}.");
        if (Start.Kind == DateTimeKind.Local) throw new ArgumentException("Start must be a UTC (or unspecified) time, not a local one: the export's times are GMT.");
    }
}
