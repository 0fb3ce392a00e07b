using BlindSpot.Simulation;

namespace BlindSpot.Summary;

/// <summary>One line of the simulator's code that makes an effect, cited by a verdict: the file, the code as written there, and what it does.</summary>
public sealed record ModelLine(string File, string Code, string Effect)
{
    /// <summary>"effect (File: `code`)".</summary>
    public override string ToString() => $"{Effect} ({Path.GetFileName(File)}: `{Code}`)";
}

/// <summary>
/// The behaviour model's lines that make an effect with no switch to turn it off, cited by the
/// <see cref="ClaimKind.ByConstruction"/> and "not testable in simulation" verdicts. The figures in the words are the
/// model's own defaults, and a test checks that every cited line is still in its file.
/// </summary>
public static class ModelLines
{
    private static readonly BehaviourModel Model = new();

    public static ModelLine PersisterPatience { get; } = new("lib/BlindSpot/Simulation/ConversationSimulator.cs",
        "UserProfile.Persister => 2 + rng.PickWeighted(_model.PersisterPatienceWeights)",
        $"persisters ask for a human after 2–{1 + Model.PersisterPatienceWeights.Count} failures");

    public static ModelLine AbandonAfterFailure { get; } = new("lib/BlindSpot/Simulation/ConversationSimulator.cs",
        "rng.Chance(lastFailed ? _model.AbandonAfterFailureRate : _model.AbandonAfterSuccessRate) ? Ending.Leave",
        $"silent abandoners leave right after a failed bot turn with p = {Model.AbandonAfterFailureRate:0.00}");

    public static ModelLine EscalatedSatisfaction { get; } = new("lib/BlindSpot/Simulation/HumanLeg/HandoffSimulator.cs",
        "4.3 + 0.6 * lastSentiment - (reExplained ? 0.8 : 0)",
        "the escalated path's satisfaction has no term for the intent");

    public static IReadOnlyList<ModelLine> All { get; } = [PersisterPatience, AbandonAfterFailure, EscalatedSatisfaction];
}
