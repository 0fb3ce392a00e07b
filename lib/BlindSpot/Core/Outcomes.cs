namespace BlindSpot.Core;

/// <summary>
/// The three observed outcomes of a session, in one fixed order everywhere (class indices, scores, confusion
/// matrices, files). The nested design's hierarchy: failed = {escalated, abandoned}, resolved on its own.
/// </summary>
public enum Outcome
{
    Resolved = 0,
    Escalated = 1,
    Abandoned = 2,
}

/// <summary>The one spelling of each outcome (as in the SQL and the files) and the class-index helpers models use.</summary>
public static class Outcomes
{
    public const int Count = 3;

    public static IReadOnlyList<Outcome> All { get; } = [Outcome.Resolved, Outcome.Escalated, Outcome.Abandoned];

    public static IReadOnlyList<string> Names { get; } = [.. All.Select(Name)];

    public static string Name(this Outcome outcome) => outcome switch
    {
        Outcome.Resolved => "resolved",
        Outcome.Escalated => "escalated",
        Outcome.Abandoned => "abandoned",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "not an outcome"),
    };

    /// <summary>The name of a class index (0–2).</summary>
    public static string Name(int label) => Name((Outcome)label);

    public static Outcome Parse(string name) => name switch
    {
        "resolved" => Outcome.Resolved,
        "escalated" => Outcome.Escalated,
        "abandoned" => Outcome.Abandoned,
        _ => throw new ArgumentException($"Unknown outcome '{name}': expected resolved, escalated or abandoned."),
    };

    /// <summary>The class index of an outcome name.</summary>
    public static int Index(string name) => (int)Parse(name);

    /// <summary>Level 1 of the hierarchy: the session failed (escalated or abandoned).</summary>
    public static bool IsFailure(this Outcome outcome) => outcome != Outcome.Resolved;

    public static bool IsFailure(int label) => label != (int)Outcome.Resolved;
}
