using Microsoft.Data.Analysis;

namespace BlindSpot.Summary;

/// <summary>What kind of evidence our figure is for a claim.</summary>
public enum ClaimKind
{
    /// <summary>The simulator was tuned to the published figure: matching it shows the data is faithful, not that the claim is true.</summary>
    Calibrated,

    /// <summary>The simulator builds the effect in; the analysis is checked for recovering it.</summary>
    Planted,

    /// <summary>Nothing was tuned or planted for it: the figure comes out of the analysis.</summary>
    Emergent,
}

/// <summary>
/// The verdict words, one vocabulary per kind, defined here once: every verdict in the claims and roadmap tables starts
/// with one of them, followed by ": " and what it rests on. <see cref="ClaimStandings"/> reads them back.
/// </summary>
public static class Verdicts
{
    public const string Matches = "matches";
    public const string DoesNotMatch = "does not match";
    public const string Recovered = "recovered";
    public const string NotRecovered = "not recovered";
    public const string RecoveredInSomeSeeds = "recovered in some seeds";
    public const string Replicates = "replicates";
    public const string ReplicatesPartly = "replicates partly";
    public const string DoesNotReplicate = "does not replicate";
    public const string NotApplicable = "not applicable";
    public const string NotMeasured = "not measured";
    public const string NotTestable = Core.Testability.NotTestable;

    /// <summary>On a team's log whose outcome labels rest on missing markers (<see cref="Sql.LabelDeterminacy"/>): no verdict from them.</summary>
    public const string NotDetermined = "not determined on this log";

    /// <summary>A qualitative emergent claim replicates when it holds for at least this share of the cases it is about
    /// (e.g. abandoners alerted in time); above zero but below it, it replicates partly.</summary>
    public const double MostShare = 0.5;

    public static string Word(ClaimKind kind, bool holds) => kind switch
    {
        ClaimKind.Calibrated => holds ? Matches : DoesNotMatch,
        ClaimKind.Planted => holds ? Recovered : NotRecovered,
        ClaimKind.Emergent => holds ? Replicates : DoesNotReplicate,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a claim kind"),
    };

    /// <summary>The word for <paramref name="kind"/>, then what it rests on.</summary>
    public static string Of(ClaimKind kind, bool holds, string because) => because.Length == 0 ? Word(kind, holds) : $"{Word(kind, holds)}: {because}";

    public static string Name(this ClaimKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>The vocabulary as a table: kind, what it means, the words it uses.</summary>
    public static IReadOnlyList<(string Kind, string Meaning, string Words)> Vocabulary { get; } =
    [
        (ClaimKind.Calibrated.Name(), "the simulator was tuned to the published figure; matching it is not evidence", $"{Matches} / {DoesNotMatch}"),
        (ClaimKind.Planted.Name(), "the simulator builds the effect in; the analysis should find it", $"{Recovered} / {RecoveredInSomeSeeds} / {NotRecovered}"),
        (ClaimKind.Emergent.Name(), "nothing tuned or planted; the figure comes out of the analysis", $"{Replicates} / {ReplicatesPartly} / {DoesNotReplicate}"),
        ("any", "the claim cannot be checked on these data", $"{NotApplicable} / {NotMeasured} / {NotTestable} / {NotDetermined}"),
    ];

    /// <summary><see cref="Vocabulary"/> as a table: kind, meaning, verdict words.</summary>
    public static DataFrame VocabularyFrame() => new(
        new StringDataFrameColumn("kind", Vocabulary.Select(v => v.Kind)),
        new StringDataFrameColumn("meaning", Vocabulary.Select(v => v.Meaning)),
        new StringDataFrameColumn("verdict words", Vocabulary.Select(v => v.Words)));
}
