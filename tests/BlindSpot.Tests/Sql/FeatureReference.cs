using BlindSpot.Core;

namespace BlindSpot.Tests.Sql;

/// <summary>The session features of DESIGN.md computed in plain C#, independently of the SQL, to check it.</summary>
public sealed record ReferenceFeatures(
    string SessionId, string? Intent, long NTurns, long NUserTurns, long NBotTurns, long NFailures, double? FailureRate,
    long LongestFailureRun, long? TurnsToFirstFailure, double? FirstSentiment, double? LastSentiment, double? MinSentiment,
    double? MaxSentiment, double? MeanSentiment, double? StdSentiment, double? SentimentRange, double? SentimentVelocity,
    long? DurationSeconds, long? FailuresBeforeHandoff);

public static class FeatureReference
{
    public static (int TerminalTurn, string? TerminalEvent) Terminal(IReadOnlyList<TurnRow> turns)
    {
        var decided = turns.FirstOrDefault(t => t.Event is "handoff_requested" or "resolution_confirmed");
        if (decided is not null) return (decided.TurnIndex, decided.Event);
        var left = turns.FirstOrDefault(t => t.Event is "user_left" or "session_timeout");
        if (left is not null) return (left.TurnIndex, left.Event);
        return (turns.Max(t => t.TurnIndex) + 1, null);
    }

    public static ReferenceFeatures Compute(IReadOnlyList<TurnRow> sessionTurns)
    {
        var turns = sessionTurns.OrderBy(t => t.TurnIndex).ToList();
        var (terminal, terminalEvent) = Terminal(turns);
        var window = turns.Where(t => t.TurnIndex < terminal).ToList();
        var bots = window.Where(t => t.Speaker == "bot").ToList();
        var failures = bots.Count(b => b.BotFailure == true);
        long longest = 0, run = 0;
        foreach (var b in bots)
        {
            run = b.BotFailure == true ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        var firstFailure = bots.FirstOrDefault(b => b.BotFailure == true);
        var scores = window.Where(t => t.Speaker == "user" && t.Sentiment is not null).Select(t => t.Sentiment!.Value).ToList();
        double? std = null;
        if (scores.Count >= 2)
        {
            var mean = scores.Average();
            std = Math.Sqrt(scores.Sum(x => (x - mean) * (x - mean)) / (scores.Count - 1));
        }
        return new ReferenceFeatures(
            turns[0].SessionId,
            window.FirstOrDefault(t => t.Speaker == "user" && t.Intent is not null)?.Intent,
            window.Count,
            window.Count(t => t.Speaker == "user"),
            bots.Count,
            failures,
            bots.Count > 0 ? (double)failures / bots.Count : null,
            longest,
            firstFailure is null ? null : firstFailure.TurnIndex - 1,
            scores.Count > 0 ? scores[0] : null,
            scores.Count > 0 ? scores[^1] : null,
            scores.Count > 0 ? scores.Min() : null,
            scores.Count > 0 ? scores.Max() : null,
            scores.Count > 0 ? scores.Average() : null,
            std,
            scores.Count > 0 ? scores.Max() - scores.Min() : null,
            scores.Count >= 3 ? (scores[2] - scores[0]) / 2 : null,
            window.Count > 0 ? (long)(window.Max(t => t.Ts) - window.Min(t => t.Ts)).TotalSeconds : null,
            terminalEvent == "handoff_requested" ? failures : null);
    }
}
