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

    /// <summary>
    /// The simulator's behaviour model makes the effect with no switch to turn it off (e.g. how long each profile waits
    /// before it leaves): the analysis can only show it back. The verdict names the model's line that makes it.
    /// </summary>
    ByConstruction,
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

    /// <summary>The seeds do not tell: the 95 % interval of the share of seeds where the rule holds straddles a cut-off (<see cref="SeedVerdicts"/>).</summary>
    public const string Undecided = "undecided";
    public const string NotMeasured = "not measured";
    public const string NotTestable = Core.Testability.NotTestable;

    /// <summary>A <see cref="ClaimKind.ByConstruction"/> effect the analysis shows back, and the words when it does not (then the analysis, not the claim, is wrong).</summary>
    public const string ByConstruction = "by construction";
    public const string ByConstructionInSomeSeeds = "by construction, shown in some seeds";
    public const string NotShownThoughBuiltIn = "not shown though built in";

    /// <summary>
    /// An emergent claim that is a published figure of another team's data, which the simulation does not reach: a
    /// simulation cannot refute another team's data, only fail to reproduce it.
    /// </summary>
    public const string NotReproduced = "not reproduced in simulation";

    /// <summary>Nothing is planted or emergent in the simulator to test the claim: whatever the figure, it decides nothing.</summary>
    public const string NotTestableInSimulation = "not testable in simulation";

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
        ClaimKind.ByConstruction => holds ? ByConstruction : NotShownThoughBuiltIn,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a claim kind"),
    };

    /// <summary>The word for <paramref name="kind"/>, then what it rests on.</summary>
    public static string Of(ClaimKind kind, bool holds, string because) => because.Length == 0 ? Word(kind, holds) : $"{Word(kind, holds)}: {because}";

    /// <summary>The word for <paramref name="kind"/>, where a failing emergent claim is a published figure (<see cref="NotReproduced"/>).</summary>
    public static string Word(ClaimKind kind, bool holds, bool publishedFigure) =>
        publishedFigure && kind == ClaimKind.Emergent && !holds ? NotReproduced : Word(kind, holds);

    public static string Name(this ClaimKind kind) => kind == ClaimKind.ByConstruction ? ByConstruction : kind.ToString().ToLowerInvariant();

    /// <summary>The vocabulary as a table: kind, what it means, the words it uses.</summary>
    public static IReadOnlyList<(string Kind, string Meaning, string Words)> Vocabulary { get; } =
    [
        (ClaimKind.Calibrated.Name(), "the simulator was tuned to the published figure; matching it is not evidence", $"{Matches} / {DoesNotMatch}"),
        (ClaimKind.Planted.Name(), "the simulator builds the effect in; the analysis should find it", $"{Recovered} / {RecoveredInSomeSeeds} / {NotRecovered} / {Undecided}"),
        (ClaimKind.Emergent.Name(), "nothing tuned or planted; the figure comes out of the analysis (a published figure the simulation does not reach is not refuted by it)",
            $"{Replicates} / {ReplicatesPartly} / {DoesNotReplicate} / {NotReproduced} / {Undecided}"),
        (ClaimKind.ByConstruction.Name(), "the simulator's behaviour model makes the effect, with no switch; the verdict names the line; not evidence",
            $"{ByConstruction} / {ByConstructionInSomeSeeds} / {NotShownThoughBuiltIn} / {Undecided}"),
        ("any", "the claim cannot be checked on these data", $"{NotApplicable} / {NotMeasured} / {NotTestable} / {NotTestableInSimulation} / {NotDetermined}"),
    ];

    /// <summary><see cref="Vocabulary"/> as a table: kind, meaning, verdict words.</summary>
    public static DataFrame VocabularyFrame() => new(
        new StringDataFrameColumn("kind", Vocabulary.Select(v => v.Kind)),
        new StringDataFrameColumn("meaning", Vocabulary.Select(v => v.Meaning)),
        new StringDataFrameColumn("verdict words", Vocabulary.Select(v => v.Words)));
}
