using BlindSpot.Core;

namespace BlindSpot.Simulation.Export;

/// <summary>
/// Writes one conversation file's rows the way a deployed support bot with human handoff produces them. This part
/// shapes the file: the greeting, whether the customer ever writes (about a third never do), and the visits a file
/// is split into by silences longer than 30 minutes (a visit after a silence opens with the customer writing, or with
/// the bot greeting again). The exchanges with the bot are in WebchatConversation.Bot.cs, the human leg and the
/// ratings in WebchatConversation.Human.cs.
/// Each conversation draws from its own random stream, so a file does not change when another one does.
/// </summary>
internal sealed partial class WebchatConversation
{
    private const ulong Salt = 0x57EBC4A7F1C7_0002UL;
    private const double GreetingOnlyShare = 0.34;
    private const double SecondGreetingShare = 0.25;
    private const double MultiVisitShare = 0.38;
    private const double IdleFirstVisitShare = 0.10;
    private const int LongFileMessages = 1000;

    private static readonly string MainMenu = WebchatData.Buttons(WebchatPhrases.MainMenu);
    private static readonly string AnythingElseMenu = WebchatData.Buttons(WebchatPhrases.AnythingElseMenu);

    private readonly SplitMixRandom _rng;
    private readonly WebchatCustomer _customer;
    private readonly WebchatLanguageMix _languages;
    private readonly List<WebchatRow> _rows = [];
    private readonly string _order;
    private readonly string _email;
    private readonly string _phone;
    private DateTime _clock;

    private WebchatConversation(WebchatSlot slot, int seed, WebchatLanguageMix languages)
    {
        _rng = SplitMixRandom.ForItem(seed, slot.Index, Salt);
        _customer = slot.Customer;
        _languages = languages;
        _clock = slot.Start;
        _order = WebchatPeople.OrderNumber(_rng);
        _email = _customer.Email ?? WebchatPeople.AnyEmail(_rng);
        _phone = WebchatPeople.Phone(_rng);
        _topic = WebchatTopics.All[_customer.Topic];
    }

    public static IReadOnlyList<WebchatRow> Generate(WebchatSlot slot, int seed, WebchatLanguageMix languages)
    {
        var conversation = new WebchatConversation(slot, seed, languages);
        conversation.Build(slot.Long);
        return conversation._rows;
    }

    private void Build(bool isLong)
    {
        Greet(first: true);
        if (!isLong && _rng.Chance(GreetingOnlyShare))
        {
            // Opened and left; some widgets greet again when the page is opened hours later.
            if (_rng.Chance(SecondGreetingShare))
            {
                Wait(TimeSpan.FromMinutes(_rng.Next(60, 2400)));
                Greet();
            }
            return;
        }

        var visits = isLong ? int.MaxValue : _rng.Chance(MultiVisitShare) ? _rng.Next(2, 6) : 1;
        for (var v = 0; v < visits && !(isLong && _rows.Count > LongFileMessages); v++)
        {
            var mustEngage = v == visits - 1 && !_rows.Any(r => r.SenderType == WebchatRow.Web);
            if (v == 0)
            {
                if (visits > 1 && _rng.Chance(IdleFirstVisitShare)) continue;
            }
            else
            {
                Wait(Silence());
                if (!Return(mustEngage)) continue;
            }
            VisitWithRestarts();
        }
    }

    /// <summary>
    /// How a customer comes back after a silence: writing at once (in the old window), or the bot greets again on
    /// the reopened page and they write then, or it greets and they do not write at all (false).
    /// </summary>
    private bool Return(bool mustEngage)
    {
        var x = _rng.NextDouble();
        if (x < 0.45) return true;
        Greet();
        return mustEngage || x < 0.90;
    }

    /// <summary>A visit, and the visits that "Start over" begins right after it without a silence.</summary>
    private void VisitWithRestarts()
    {
        var step = Visit(allowRestart: true);
        for (var restarts = 1; step == Step.Restart; restarts++)
        {
            StartOver();
            step = Visit(allowRestart: restarts < 3);
        }
    }

    /// <summary>A gap that starts a new visit: half an hour to three days, a day or more in about 40 %.</summary>
    private TimeSpan Silence()
    {
        var x = _rng.NextDouble();
        var minutes = x < 0.30 ? _rng.Next(31, 180) : x < 0.55 ? _rng.Next(180, 1200) : _rng.Next(1200, 4320);
        return TimeSpan.FromMinutes(minutes) + TimeSpan.FromSeconds(_rng.Next(0, 60));
    }

    private void Wait(TimeSpan span) => _clock += span;

    private void Greet(bool first = false)
    {
        if (!first) Wait(TimeSpan.FromSeconds(_rng.Next(1, 4)));
        _rows.Add(new WebchatRow(WebchatRow.Bot, WebchatPhrases.BotName, _clock, WebchatPhrases.Greeting, MainMenu));
    }

    /// <summary>A customer row, after the time it takes to read and type (seconds, now and then a few minutes).</summary>
    private void Web(string text, string data, string language = "en", bool reExplanation = false)
    {
        Wait(TimeSpan.FromSeconds(_rng.Chance(0.9) ? _rng.Next(4, 90) : _rng.Next(90, 480)));
        _rows.Add(new WebchatRow(WebchatRow.Web, _customer.SenderName, _clock, text, data) { Language = language, ReExplanation = reExplanation });
    }

    private void Bot(string text, string data = "", bool failure = false)
    {
        Wait(TimeSpan.FromSeconds(_rng.Next(1, 4)));
        _rows.Add(new WebchatRow(WebchatRow.Bot, WebchatPhrases.BotName, _clock, text, data) { BotFailure = failure });
    }

    private void System(string text)
    {
        Wait(TimeSpan.FromSeconds(_rng.Next(0, 3)));
        _rows.Add(new WebchatRow(WebchatRow.System, WebchatPhrases.SystemName, _clock, text, ""));
    }

    private void Agent(WebchatAgent agent, string text)
    {
        Wait(TimeSpan.FromSeconds(_rng.Next(15, 90)));
        _rows.Add(new WebchatRow(WebchatRow.Dashboard, agent.Name, _clock, text, ""));
    }

    /// <summary>The language of the customer's next typed message: theirs or English, or any for the tester who writes in all.</summary>
    private string Language() => _languages.Message(_customer.Language, _rng);

    /// <summary>Personal data in a template: the conversation's order number, e-mail address and phone number.</summary>
    private string Fill(string template) =>
        template.Replace("{order}", _order, StringComparison.Ordinal)
                .Replace("{email}", _email, StringComparison.Ordinal)
                .Replace("{phone}", _phone, StringComparison.Ordinal);
}
