namespace BlindSpot.Simulation;

/// <summary>
/// The behavioural parameters of the simulator. Simulation/README.md explains each one and which
/// calibration target it was set against; the calibration tests check the targets over 20 seeds.
/// </summary>
public sealed record BehaviourModel
{
    /// <summary>Relative weight of each latent profile.</summary>
    public IReadOnlyDictionary<UserProfile, double> ProfileMix { get; init; } = new Dictionary<UserProfile, double>
    {
        [UserProfile.Persister] = 0.29,
        [UserProfile.SilentAbandoner] = 0.46,
        [UserProfile.Satisfied] = 0.19,
        [UserProfile.SilentSuccess] = 0.06,
    };

    /// <summary>Probability that the user's problem is beyond what the bot can solve, by intent.</summary>
    public IReadOnlyDictionary<string, double> OutOfScopeRate { get; init; } = new Dictionary<string, double>
    {
        ["billing"] = 0.59,
        ["technical_support"] = 0.57,
        ["account_access"] = 0.45,
        ["order_status"] = 0.40,
        ["product_info"] = 0.35,
        ["cancellation"] = 0.44,
    };

    /// <summary>Bot failure probability on a turn when the problem is within the bot's reach.</summary>
    public double InScopeFailureRate { get; init; } = 0.22;

    /// <summary>Bot failure probability on a turn when the problem is beyond the bot's reach.</summary>
    public double OutOfScopeFailureRate { get; init; } = 0.82;

    /// <summary>Probability that a solvable problem needs two good answers rather than one.</summary>
    public double NeedsTwoAnswersRate { get; init; } = 0.60;

    /// <summary>Weights of a persister's patience: the failures they take before asking for a human (2, 3, 4, 5).</summary>
    public IReadOnlyList<double> PersisterPatienceWeights { get; init; } = [0.08, 0.28, 0.30, 0.22, 0.12];

    /// <summary>With the persister effect off: chance per exchange that a persister asks for a human, whatever happened.</summary>
    public double PersisterRandomHandoffRate { get; init; } = 0.30;

    /// <summary>A silent abandoner's chance of leaving right after a failed bot turn.</summary>
    public double AbandonAfterFailureRate { get; init; } = 0.70;

    /// <summary>A silent abandoner's chance of leaving right after a good but not yet sufficient bot turn.</summary>
    public double AbandonAfterSuccessRate { get; init; } = 0.13;

    /// <summary>Failures a patient (satisfied / silent-success) user takes before giving up.</summary>
    public int PatientUserPatience { get; init; } = 4;

    /// <summary>Share of patient users who, giving up, ask for a human rather than leave.</summary>
    public double PatientGiveUpEscalateRate { get; init; } = 0.75;

    /// <summary>Exchanges after which an unresolved session times out.</summary>
    public int MaxExchanges { get; init; } = 10;

    /// <summary>Sentiment of the first user turn: mean and spread.</summary>
    public double InitialSentimentMean { get; init; } = 0.15;
    public double InitialSentimentSd { get; init; } = 0.20;

    /// <summary>Sentiment change after a good bot answer and after a failed one.</summary>
    public double SentimentGainOnSuccess { get; init; } = 0.12;
    public double SentimentDropOnFailure { get; init; } = 0.22;

    /// <summary>Share of failures in the hidden-failure intent that the bot's telemetry does not flag (planted effect).</summary>
    public double HiddenFailureUnloggedRate { get; init; } = 0.5;

    /// <summary>Sentiment drop after a failure in the hidden-failure intent (planted effect).</summary>
    public double HiddenSentimentDropOnFailure { get; init; } = 0.05;

    /// <summary>Extra drop at a silent abandoner's 2nd and 3rd user turns (planted effect).</summary>
    public double EarlyDropSize { get; init; } = 0.25;

    /// <summary>Turn-to-turn noise on sentiment.</summary>
    public double SentimentNoiseSd { get; init; } = 0.08;
}
