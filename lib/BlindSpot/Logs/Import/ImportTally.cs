namespace BlindSpot.Logs;

/// <summary>The counts an import keeps as it goes, for its summary.</summary>
internal sealed class ImportTally
{
    private readonly HashSet<string> _customers = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, (long Messages, long SentimentUnknown)> _languages = new(StringComparer.Ordinal);
    private readonly SortedDictionary<int, long> _csat = [];

    public long Conversations { get; private set; }
    public long Sessions { get; private set; }
    public long NotEngaged { get; private set; }
    public long Messages { get; private set; }
    public long UserMessages { get; private set; }
    public long SentimentUnknown { get; private set; }
    public long Ratings { get; private set; }
    public long IgnoredFiles { get; set; }
    public long AgentMessages { get; private set; }

    public void Conversation(string? customer)
    {
        Conversations++;
        if (customer is not null) _customers.Add(customer);
    }

    public void Visit(IReadOnlyList<ExportMessage> turns)
    {
        Sessions++;
        Messages += turns.Count;
        AgentMessages += turns.Count(t => t.Speaker == "agent");
        var engaged = false;
        foreach (var t in turns.Where(t => t.Speaker == "user"))
        {
            engaged = true;
            UserMessages++;
            var language = t.Language ?? "und";
            var (messages, unknown) = _languages.GetValueOrDefault(language);
            _languages[language] = (messages + 1, unknown + (t.Sentiment is null ? 1 : 0));
            if (t.Sentiment is null) SentimentUnknown++;
        }
        if (!engaged) NotEngaged++;
    }

    public void Rating(double rating, int scale)
    {
        Ratings++;
        var csat = (int)Math.Round(ExportImporter.Csat(rating, scale), MidpointRounding.AwayFromZero);
        _csat[csat] = _csat.GetValueOrDefault(csat) + 1;
    }

    public ImportSummary Summary(ImportMapping mapping, IReadOnlyList<long> signalCounts, bool keptIds) => new()
    {
        Conversations = Conversations,
        Visits = Sessions,
        NotEngaged = NotEngaged,
        Messages = Messages,
        UserMessages = UserMessages,
        Customers = _customers.Count,
        GapMinutes = mapping.VisitGap.TotalMinutes,
        PseudonymousIds = !keptIds,
        Languages = _languages.Select(l => new LanguageCount(l.Key, l.Value.Messages, l.Value.SentimentUnknown)).ToList(),
        Signals = mapping.Signals.Select((s, i) => new SignalCount(s.Describe(), signalCounts[i])).ToList(),
        Ratings = Ratings,
        RatingsByCsat = _csat.Select(c => new RatingCount(c.Key, c.Value)).ToList(),
    };
}
