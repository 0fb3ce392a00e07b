using BlindSpot.Core;

namespace BlindSpot.Simulation;

/// <summary>Appends the turns of one session with consecutive indices and a clock that only moves forward.</summary>
internal sealed class SessionLogBuilder(string sessionId, string intent, DateTime start, SplitMixRandom rng)
{
    private readonly List<TurnRow> _rows = new(12);
    private DateTime _clock = start;

    public IReadOnlyList<TurnRow> Rows => _rows;

    public void User(string text, double sentiment, string? evt = null)
    {
        if (_rows.Count > 0) Advance(TimeSpan.FromSeconds(rng.Next(8, 75)));
        Add("user", intent, text, Math.Round(sentiment, 3), null, evt);
    }

    public void Bot(string text, bool failed, bool first = false)
    {
        if (!first) Advance(TimeSpan.FromSeconds(rng.Next(1, 4)));
        Add("bot", null, text, null, failed, null);
    }

    public void System(string text, string? evt, TimeSpan after)
    {
        Advance(after);
        Add("system", null, text, null, null, evt);
    }

    public void Agent(string text, string? evt, TimeSpan after)
    {
        Advance(after);
        Add("agent", null, text, null, null, evt);
    }

    private void Advance(TimeSpan by) => _clock += by;

    private void Add(string speaker, string? rowIntent, string text, double? sentiment, bool? botFailure, string? evt) =>
        _rows.Add(new TurnRow(sessionId, _rows.Count + 1, _clock, speaker, rowIntent, text, sentiment, botFailure, evt));
}
