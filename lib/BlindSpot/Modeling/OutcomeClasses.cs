namespace BlindSpot.Modeling;

/// <summary>
/// The three observed outcomes as class indices, in one fixed order everywhere (scores, confusion matrices, files),
/// and the two-level hierarchy the nested design uses: failed = {escalated, abandoned}, resolved on its own.
/// </summary>
public static class OutcomeClasses
{
    public const int Resolved = 0;
    public const int Escalated = 1;
    public const int Abandoned = 2;
    public const int Count = 3;

    public static readonly IReadOnlyList<string> Names = ["resolved", "escalated", "abandoned"];

    public static string Name(int label) => Names[label];

    public static int Index(string outcome) => outcome switch
    {
        "resolved" => Resolved,
        "escalated" => Escalated,
        "abandoned" => Abandoned,
        _ => throw new ArgumentException($"Unknown outcome '{outcome}': expected resolved, escalated or abandoned."),
    };

    /// <summary>Level 1 of the hierarchy: the session failed (escalated or abandoned).</summary>
    public static bool IsFailure(int label) => label != Resolved;
}
