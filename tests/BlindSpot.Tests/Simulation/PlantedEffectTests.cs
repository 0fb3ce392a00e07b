using BlindSpot.Core;
using BlindSpot.Simulation;

namespace BlindSpot.Tests.Simulation;

/// <summary>
/// Each planted effect shows in the simulated logs when on and is absent when off. (The analysis-side
/// recovery tests live with the notebooks' stages: features, audit, early warning.)
/// </summary>
public class PlantedEffectTests
{
    private static List<SimulatedSession> Simulate(PlantedEffects effects, int sessions = 6000) =>
        Enumerable.Range(0, sessions).Select(i => new ConversationSimulator(new SimulationOptions { Sessions = sessions, Seed = 11, Effects = effects }).Simulate(i)).ToList();

    private static double MeanFailures(IEnumerable<SimulatedSession> sessions, string outcome) =>
        sessions.Where(s => ObservedOutcomes.ThreeTier(s.Turns).Name() == outcome).Average(s => ObservedOutcomes.FailuresBeforeTerminal(s.Turns));

    private static double PersistersFailuresAtHandoff(IEnumerable<SimulatedSession> sessions) => sessions
        .Where(s => s.Truth.Profile == UserProfile.Persister && ObservedOutcomes.ThreeTier(s.Turns) == Outcome.Escalated)
        .Average(s => ObservedOutcomes.FailuresBeforeTerminal(s.Turns));

    [Fact]
    public void Persisters_escalate_after_repeated_failures_only_when_the_effect_is_on()
    {
        var on = Simulate(new PlantedEffects());
        var off = Simulate(new PlantedEffects { PersistersEscalateAfterFailures = false });
        var gapOn = MeanFailures(on, "escalated") - MeanFailures(on, "abandoned");
        var gapOff = MeanFailures(off, "escalated") - MeanFailures(off, "abandoned");
        Assert.True(gapOn >= 1.0, $"gap with the effect on: {gapOn:F2}");
        // Off, persisters ask at random moments: far fewer failures behind their handoffs, and a smaller gap overall
        // (patient users who give up after four failures keep some of it).
        Assert.True(PersistersFailuresAtHandoff(on) - PersistersFailuresAtHandoff(off) > 1.0,
            $"persisters' failures at handoff: on {PersistersFailuresAtHandoff(on):F2}, off {PersistersFailuresAtHandoff(off):F2}");
        Assert.True(gapOff < gapOn - 0.3, $"gap off {gapOff:F2} vs on {gapOn:F2}");
    }

    /// <summary>(s3 − s1) / 2 over a session's first three user sentiments; null with fewer than three.</summary>
    private static double? Velocity(SimulatedSession s)
    {
        var scores = s.Turns.Where(t => t.Speaker == "user" && t.Sentiment is not null).Select(t => t.Sentiment!.Value).Take(3).ToList();
        return scores.Count < 3 ? null : (scores[2] - scores[0]) / 2;
    }

    private static double MeanVelocity(List<SimulatedSession> sessions, bool abandoners) => sessions
        .Where(s => (s.Truth.Profile == UserProfile.SilentAbandoner) == abandoners)
        .Select(Velocity).Where(v => v is not null).Average(v => v!.Value);

    [Fact]
    public void Silent_abandoners_show_an_early_sentiment_drop_only_when_the_effect_is_on()
    {
        var on = Simulate(new PlantedEffects());
        var off = Simulate(new PlantedEffects { EarlySentimentDrop = false });
        // Same seed, so the same users: the effect moves abandoners' early slope by about -0.25 per turn, nobody else's.
        var abandonerShift = MeanVelocity(on, abandoners: true) - MeanVelocity(off, abandoners: true);
        var othersShift = MeanVelocity(on, abandoners: false) - MeanVelocity(off, abandoners: false);
        Assert.InRange(abandonerShift, -0.35, -0.15);
        Assert.InRange(othersShift, -0.02, 0.02);
    }

    /// <summary>Mean change of user sentiment from the user turn before a failed bot turn to the one after it.</summary>
    private static double DropAfterFailure(IEnumerable<SimulatedSession> sessions, Func<string, bool> intent)
    {
        var drops = new List<double>();
        foreach (var s in sessions.Where(s => intent(s.Truth.Intent)))
        {
            double? before = null;
            var failedSince = false;
            foreach (var t in s.Turns)
            {
                if (t.Speaker == "bot" && t.BotFailure == true) failedSince = true;
                if (t.Speaker != "user" || t.Sentiment is null || t.Event is not null) continue;
                if (before is not null && failedSince) drops.Add(t.Sentiment.Value - before.Value);
                before = t.Sentiment;
                failedSince = false;
            }
        }
        return drops.Average();
    }

    private static double LoggedShareOfFailures(IEnumerable<SimulatedSession> sessions, string intent)
    {
        var matching = sessions.Where(s => s.Truth.Intent == intent).ToList();
        return matching.Sum(s => s.Turns.Count(t => t.BotFailure == true)) / (double)matching.Sum(s => s.Truth.BotFailures);
    }

    [Fact]
    public void Hidden_intent_failures_are_harder_to_see_only_when_the_effect_is_on()
    {
        var hidden = new PlantedEffects().HiddenFailureIntent;
        var on = Simulate(new PlantedEffects());
        var off = Simulate(new PlantedEffects { HiddenFailures = false });
        // the user barely reacts…
        var dropOn = DropAfterFailure(on, i => i == hidden) - DropAfterFailure(on, i => i != hidden);
        var dropOff = DropAfterFailure(off, i => i == hidden) - DropAfterFailure(off, i => i != hidden);
        Assert.True(dropOn > 0.08, $"on: {hidden}'s drop after a failure is {dropOn:F3} smaller");
        Assert.InRange(dropOff, -0.04, 0.04);
        // …and the bot's telemetry flags only about half of that intent's failures
        Assert.InRange(LoggedShareOfFailures(on, hidden), 0.40, 0.60);
        Assert.Equal(1.0, LoggedShareOfFailures(off, hidden), 10);
        Assert.Equal(1.0, LoggedShareOfFailures(on, "billing"), 10);
    }
}
