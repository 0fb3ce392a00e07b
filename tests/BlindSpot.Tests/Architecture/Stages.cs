namespace BlindSpot.Tests.Architecture;

/// <summary>
/// The library's stages in order (docs/architecture.md's layout shows the same order): each may depend on earlier stages
/// only. A namespace <c>BlindSpot.X</c> or <c>BlindSpot.X.Anything</c> belongs to stage X.
/// </summary>
public static class Stages
{
    public static readonly string[] Order =
        ["Core", "Charts", "Display", "Logs", "Simulation", "Sql", "Modeling", "Audit", "EarlyWarning", "Handoff", "Studies", "Summary"];

    /// <summary>The stage segment of a <c>BlindSpot.*</c> namespace, or null for any other namespace.</summary>
    public static string? SegmentOf(string @namespace)
    {
        const string prefix = "BlindSpot.";
        if (!@namespace.StartsWith(prefix, StringComparison.Ordinal)) return null;
        var rest = @namespace[prefix.Length..];
        var dot = rest.IndexOf('.');
        return dot < 0 ? rest : rest[..dot];
    }

    /// <summary>The 1-based position of a stage in <see cref="Order"/>, or 0 when it is not a known stage.</summary>
    public static int Rank(string stage) => Array.IndexOf(Order, stage) + 1;
}
