namespace BlindSpot.Simulation.Export;

/// <summary>
/// Counts the truth while the files are written, one conversation's rows at a time, from what the rows say and the
/// few things the generator marked on them (a true bot failure, the language, a re-explanation).
/// </summary>
internal sealed class WebchatTruthTally
{
    private static readonly string[] Languages = ["en", "zh", "es", "de"];
    private static readonly string LiveAgentClick = WebchatData.Payload(WebchatPhrases.LiveAgent.Payload);
    private const string HumanHandoffIntent = "{\"intent_name\": \"human_handoff\"";
    private const string AgentJoinedEnd = " is talking to you.";

    private readonly List<WebchatFileTruth> _files = [];
    private readonly Dictionary<string, int> _filesPerCustomer = new(StringComparer.Ordinal);
    private readonly long[] _byLanguage = new long[Languages.Length];
    private readonly int[] _ratingValues = new int[5];
    private int _filesWithGap, _visits, _engagedVisits, _greetingOnly, _liveAgent, _humanHandoff, _agentJoined, _ratings;
    private int _filesOverADay, _longFiles, _restarts, _lateRatings, _reExplanations;
    private long _messages, _userMessages, _botMessages, _botFailures, _botRepeats;

    public void Add(WebchatSlot slot, IReadOnlyList<WebchatRow> rows)
    {
        var visit = WebchatVisits.Assign(rows);
        var engaged = new bool[visit[^1] + 1];
        var botSaid = new HashSet<string>(StringComparer.Ordinal);
        int fileRatings = 0, userRows = 0;
        var gap = false;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var silence = i > 0 && row.Time - rows[i - 1].Time > WebchatVisits.Gap;
            gap |= silence;
            switch (row.SenderType)
            {
                case WebchatRow.Web:
                    userRows++;
                    engaged[visit[i]] = true;
                    _byLanguage[Array.IndexOf(Languages, row.Language)]++;
                    if (row.Data == LiveAgentClick) _liveAgent++;
                    if (row.Data.StartsWith(HumanHandoffIntent, StringComparison.Ordinal)) _humanHandoff++;
                    if (WebchatVisits.IsRestart(row)) _restarts++;
                    if (row.ReExplanation) _reExplanations++;
                    if (WebchatVisits.IsRating(row))
                    {
                        fileRatings++;
                        _ratingValues[RatingOf(row) - 1]++;
                        if (silence) _lateRatings++;
                    }
                    break;
                case WebchatRow.Bot:
                    _botMessages++;
                    if (row.BotFailure) _botFailures++;
                    if (!botSaid.Add(row.Message) && !row.BotFailure) _botRepeats++;
                    break;
                case WebchatRow.System when row.Message.EndsWith(AgentJoinedEnd, StringComparison.Ordinal):
                    _agentJoined++;
                    break;
            }
        }

        var engagedVisits = engaged.Count(e => e);
        _files.Add(new WebchatFileTruth(slot.FileName, slot.Customer.Email, engaged.Length, engagedVisits, fileRatings));
        if (slot.Customer.Email is { } email) _filesPerCustomer[email] = _filesPerCustomer.GetValueOrDefault(email) + 1;
        _messages += rows.Count;
        _userMessages += userRows;
        _visits += engaged.Length;
        _engagedVisits += engagedVisits;
        _ratings += fileRatings;
        if (userRows == 0) _greetingOnly++;
        if (gap) _filesWithGap++;
        if (rows[^1].Time - rows[0].Time > TimeSpan.FromDays(1)) _filesOverADay++;
        if (rows.Count > 1000) _longFiles++;
    }

    public WebchatFixtureTruth Result(WebchatFixtureOptions options) => new(
        options.Seed,
        DateTime.SpecifyKind(options.Start.Date, DateTimeKind.Utc),
        new WebchatFixtureTotals
        {
            Conversations = _files.Count,
            FilesWithGap = _filesWithGap,
            Visits = _visits,
            EngagedVisits = _engagedVisits,
            GreetingOnlyFiles = _greetingOnly,
            LiveAgentPayloads = _liveAgent,
            HumanHandoffIntents = _humanHandoff,
            AgentJoined = _agentJoined,
            Ratings = _ratings,
            RatingValues = [.. _ratingValues],
            UserMessages = _userMessages,
            UserMessagesByLanguage = Languages.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => _byLanguage[p.i]),
            BotMessages = _botMessages,
            BotFailures = _botFailures,
            BotRepeatsNotFailures = _botRepeats,
            KnownCustomers = _filesPerCustomer.Count,
            ReturningCustomers = _filesPerCustomer.Values.Count(n => n > 1),
            Messages = _messages,
            FilesOverADay = _filesOverADay,
            LongFiles = _longFiles,
            RestartClicks = _restarts,
            LateRatings = _lateRatings,
            ReExplanations = _reExplanations,
        },
        _files);

    /// <summary>The rating in a submitted satisfaction form's Data.</summary>
    private static int RatingOf(WebchatRow row)
    {
        const string key = "\"rating\": ";
        var at = row.Data.IndexOf(key, StringComparison.Ordinal) + key.Length;
        return row.Data[at] - '0';
    }
}
