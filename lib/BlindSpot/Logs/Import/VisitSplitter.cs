namespace BlindSpot.Logs;

/// <summary>
/// Splits one conversation, in time order, into visits, as analytics platforms split a conversation into sessions
/// (Copilot Studio: 30 minutes of inactivity). A visit begins at the first user message after a silence longer than the
/// gap, at a row the mapping names as a new start (e.g. a "start over" payload) and at the first user message after the
/// user left or timed out. What the bot, the system or an agent sends after a silence without the user writing (a
/// timeout notice, a satisfaction form, an agent joining after a long queue), and a rating however late, belongs to the
/// visit it closes, rates or answers, unless that visit has ended (the user left or timed out) and the user writes
/// before the next silence: then the first row after the silence (the greeting that welcomes the user back) opens the
/// next visit with them. A gap of zero splits only at markers and endings.
/// </summary>
internal static class VisitSplitter
{
    public static List<List<ExportMessage>> Split(IReadOnlyList<ExportMessage> messages, TimeSpan gap)
    {
        var visits = new List<List<ExportMessage>>();
        var current = new List<ExportMessage>();
        var silenceSince = false; // a silence longer than the gap has passed since the current visit's last user message
        var ended = false;
        for (var i = 0; i < messages.Count; i++)
        {
            var m = messages[i];
            var silence = i > 0 && gap > TimeSpan.Zero && m.Ts - messages[i - 1].Ts > gap;
            if (silence) silenceSince = true;
            var startsHere = current.Count > 0 && (m.StartsVisit || (m.IsUserMessage && (silenceSince || ended)) || (ended && silence && UserWritesNext(messages, i, gap)));
            if (startsHere)
            {
                visits.Add(current);
                current = [];
                (ended, silenceSince) = (false, false);
            }
            if (m.IsUserMessage) silenceSince = false;
            current.Add(m);
            if (m.EventGiven && m.Event is not null && TurnLogSchema.EndingEvents.Contains(m.Event)) ended = true;
        }
        if (current.Count > 0) visits.Add(current);
        return visits;
    }

    /// <summary>A user message follows row <paramref name="i"/> before the next silence longer than the gap.</summary>
    private static bool UserWritesNext(IReadOnlyList<ExportMessage> messages, int i, TimeSpan gap)
    {
        for (var j = i; j < messages.Count; j++)
        {
            if (j > i && messages[j].Ts - messages[j - 1].Ts > gap) return false;
            if (messages[j].IsUserMessage) return true;
        }
        return false;
    }
}
