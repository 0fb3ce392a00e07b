namespace BlindSpot.Modeling;

/// <summary>How the modelling stage cross-validates: which learners, how many folds and repeats, which seed.</summary>
public sealed record ModelingOptions
{
    /// <summary>Learner names (<see cref="Learner.Names"/>); every one sees the same folds.</summary>
    public IReadOnlyList<string> Learners { get; init; } = Learner.Names;

    public int Folds { get; init; } = 5;

    public int Repeats { get; init; } = 1;

    public int Seed { get; init; } = 42;

    /// <summary>
    /// Also cross-validate the last learner on shuffled labels (one repeat): a leakage check that must score at chance.
    /// Off where only the figures of the real labels are needed.
    /// </summary>
    public bool ShuffledControl { get; init; } = true;
}
