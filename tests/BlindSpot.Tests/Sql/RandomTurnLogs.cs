using BlindSpot.Core;
using BlindSpot.Simulation;

namespace BlindSpot.Tests.Sql;

/// <summary>
/// Random but valid turn logs that stress the feature SQL: one-turn sessions, sessions without a bot turn,
/// all-failure sessions, tied sentiments, events in the middle of a session, bot turns with a NULL flag.
/// </summary>
public static class RandomTurnLogs
{
    private static readonly string[] Speakers = ["user", "bot", "bot", "user", "agent", "system"];
    private static readonly double[] Sentiments = [-1, -0.5, -0.25, 0, 0, 0.25, 0.5, 1];
    private static readonly string?[] MidEvents = [null, null, null, null, null, null, "handoff_requested", "resolution_confirmed", "agent_joined"];

    public static List<TurnRow> Generate(int sessions, int seed)
    {
        var rng = new SplitMixRandom((ulong)seed);
        var rows = new List<TurnRow>();
        for (var s = 0; s < sessions; s++)
        {
            var id = $"R{seed}-{s:D4}";
            var shape = rng.Next(0, 6);
            var length = shape == 0 ? 1 : rng.Next(2, 14);
            var start = new DateTime(2026, 5, 1).AddMinutes(s);
            var ts = start;
            var intent = rng.Pick(Logs.TurnLogSchemaIntents);
            for (var i = 1; i <= length; i++)
            {
                var speaker = shape switch
                {
                    0 => "user",
                    1 => i % 2 == 1 ? "user" : "agent",          // no bot turn at all
                    2 => i % 2 == 1 ? "user" : "bot",             // strict alternation
                    _ => i == 1 ? "user" : rng.Pick(Speakers),
                };
                var isLast = i == length;
                string? evt = isLast && rng.Chance(0.5) ? rng.Pick(["user_left", "session_timeout", "handoff_requested", "resolution_confirmed"]) : rng.Pick(MidEvents);
                if (!isLast && evt is "user_left" or "session_timeout") evt = null;
                if (rng.Chance(0.5)) ts = ts.AddSeconds(rng.Next(0, 90)); // equal times are allowed
                rows.Add(new TurnRow(id, i, ts, speaker,
                    speaker == "user" && rng.Chance(0.9) ? (rng.Chance(0.2) ? rng.Pick(Logs.TurnLogSchemaIntents) : intent) : null,
                    $"message {i}, with \"quotes\"",
                    speaker == "user" && rng.Chance(0.85) ? rng.Pick(Sentiments) : null,
                    speaker == "bot" ? (rng.Chance(0.1) ? null : shape == 4 || rng.Chance(0.45)) : null,
                    evt));
            }
        }
        return rows;
    }

    private static class Logs
    {
        public static readonly string[] TurnLogSchemaIntents = BlindSpot.Logs.TurnLogSchema.Intents.ToArray();
    }

    public static string WriteCsv(string path, IEnumerable<TurnRow> rows)
    {
        using var writer = new TurnLogCsvWriter(path);
        foreach (var row in rows) writer.Write(row);
        return path;
    }
}
