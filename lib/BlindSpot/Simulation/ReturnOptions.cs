namespace BlindSpot.Simulation;

/// <summary>
/// Returns: a share of the sessions that truly failed come back, as a later session of the same conversation or of the
/// same customer in a new conversation, a few hours after the first ended. Off by default, so the default data set is
/// unchanged; on, the turn log gains conversation_id and customer_id (Simulation/README.md, "Returns").
/// </summary>
public sealed record ReturnOptions
{
    public bool Enabled { get; init; }

    /// <summary>The share of truly failed sessions (escalated or abandoned in the latent truth) that come back.</summary>
    public double FailedShare { get; init; } = 0.35;

    /// <summary>Of the returns, the share that open a new conversation of the same customer rather than a new visit of the same one.</summary>
    public double NewConversationShare { get; init; } = 0.4;

    /// <summary>A return starts between these many hours after the first session's last turn: within a day, as the 24-hour definitions look.</summary>
    public int MinHours { get; init; } = 1;

    public int MaxHours { get; init; } = 20;

    public static ReturnOptions On => new() { Enabled = true };

    public void Validate()
    {
        if (FailedShare is < 0 or > 1 || double.IsNaN(FailedShare)) throw new ArgumentException($"Returns.FailedShare must be in [0, 1] (got {FailedShare}).");
        if (NewConversationShare is < 0 or > 1 || double.IsNaN(NewConversationShare))
            throw new ArgumentException($"Returns.NewConversationShare must be in [0, 1] (got {NewConversationShare}).");
        if (MinHours < 1 || MaxHours < MinHours) throw new ArgumentException($"Returns must start 1 hour or more after the first session, MinHours <= MaxHours (got {MinHours}-{MaxHours}).");
    }
}
