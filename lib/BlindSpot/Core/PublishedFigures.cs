namespace BlindSpot.Core;

/// <summary>
/// Every figure the two sources publish, in one place: the case study (1,250 support conversations; shares of
/// sessions under its three-tier taxonomy, failures before escalation, its nested model's level-2 F1 and its gain over
/// a flat model). The handoff article publishes no numbers, only claims. Calibration, claims, charts and the
/// comparison with a team's log all read them from here.
/// </summary>
public static class PublishedFigures
{
    public const int Sessions = 1250, Turns = 10_000;

    /// <summary>Shares of sessions: resolved, escalated, abandoned; escalated + abandoned is what the study calls the "true failure rate".</summary>
    public const double Resolved = 0.414, Escalated = 0.273, Abandoned = 0.313, EscalatedOrAbandoned = 0.586;

    /// <summary>Bot failures an escalated user met before asking for a human (mean).</summary>
    public const double FailuresBeforeEscalation = 3.0;

    /// <summary>"CV F1 = 0.670 at Level 2" (escalated vs abandoned).</summary>
    public const double LevelTwoF1 = 0.670;

    /// <summary>"+20 pts F1", nested over flat.</summary>
    public const double NestedGainPoints = 20.0;
}
