using System.Globalization;

namespace BlindSpot.Core;

/// <summary>
/// The sessions the models are fitted on when a log is large. A macro F1 cross-validated on 25,000 sessions has a
/// standard error of about 0.3 points (√(F(1−F)/n)); ten times the sessions would narrow it to 0.1 at ten times the cost
/// of every fit, and the notebooks fit a few hundred (notebook 07 cross-validates every outcome definition), so a team
/// with a million conversations would wait an hour for a tenth of a point. The shares, the handoff figures and every
/// count stay on the whole log. Each session is kept or not by a seeded hash of its id
/// (FNV-1a, then SplitMix64), so the same sessions are kept in every notebook and on every run, in whatever order the
/// log is read, and about <see cref="Sessions"/> are kept. A log with no more sessions than that is used whole.
/// </summary>
public sealed record ModelSample(int Sessions, long Total, int Seed)
{
    /// <summary>The notebooks' default: the whole of any log up to 25,000 sessions (so of the default log and the sweep).</summary>
    public const int DefaultSessions = 25_000;

    /// <summary>True when every session is used (no cap, or a log within it).</summary>
    public bool IsWhole => Sessions <= 0 || Total <= Sessions;

    /// <summary>A session is kept when its <see cref="HashOf"/> is below this.</summary>
    public ulong Threshold => (ulong)(Sessions / (double)Total * ulong.MaxValue);

    public bool Keeps(string sessionId) => IsWhole || HashOf(sessionId, Seed) < Threshold;

    /// <summary>For a notebook's output: which sessions the models see.</summary>
    public string Describe(long kept) => IsWhole
        ? string.Create(CultureInfo.InvariantCulture, $"the models are fitted on all {Total:N0} sessions")
        : string.Create(CultureInfo.InvariantCulture,
            $"the models are fitted on {kept:N0} of the {Total:N0} sessions, kept by a seeded hash of the session id (modelSessions = {Sessions:N0}); the shares use every session");

    /// <summary>The session's draw: it depends on its id and the seed alone, so it can be computed once and kept in a table.</summary>
    public static ulong HashOf(string sessionId, int seed)
    {
        var h = 0xCBF29CE484222325UL;
        foreach (var c in sessionId) h = (h ^ c) * 0x100000001B3UL;
        return new SplitMixRandom(h ^ ((ulong)(uint)seed * 0x9E3779B97F4A7C15UL)).NextUInt64();
    }
}
