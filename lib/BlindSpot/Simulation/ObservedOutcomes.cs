using BlindSpot.Core;

namespace BlindSpot.Simulation;

/// <summary>
/// The three-tier rule of DESIGN.md applied in plain C# to one session's turns: the first
/// <c>handoff_requested</c> or <c>resolution_confirmed</c> decides; neither means abandoned.
/// The SQL in <c>sql/outcomes.sql</c> is the editable version; this one checks the simulator.
/// </summary>
public static class ObservedOutcomes
{
    public static Outcome ThreeTier(IReadOnlyList<TurnRow> turns)
    {
        foreach (var t in turns)
        {
            if (t.Event == "handoff_requested") return Outcome.Escalated;
            if (t.Event == "resolution_confirmed") return Outcome.Resolved;
        }
        return Outcome.Abandoned;
    }

    /// <summary>Bot failures strictly before the terminal event (the whole session when there is none).</summary>
    public static int FailuresBeforeTerminal(IReadOnlyList<TurnRow> turns)
    {
        var failures = 0;
        foreach (var t in turns)
        {
            if (t.Event is "handoff_requested" or "resolution_confirmed" or "user_left" or "session_timeout") break;
            if (t.BotFailure == true) failures++;
        }
        return failures;
    }
}
