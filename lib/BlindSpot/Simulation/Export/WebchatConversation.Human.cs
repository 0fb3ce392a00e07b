using System.Globalization;

namespace BlindSpot.Simulation.Export;

/// <summary>
/// The human leg and the ratings. A handoff is a click on "Talk to a person" or a typed request; the bot says it is
/// connecting, an agent joins 1-20 minutes later (a few never do: the customer leaves the queue), often first with a
/// generic message; in about half the handoffs the customer then says again what they told the bot; the agent
/// answers and leaves. After an agent leaves, or after the customer confirmed a bot answer, about 40 % of visits end
/// with the bot's satisfaction form and the customer's rating: minutes later, now and then 35-90 minutes later, and it
/// still rates the visit before it.
/// </summary>
internal sealed partial class WebchatConversation
{
    private const double NoAgentShare = 0.07;
    private const double ReExplainShare = 0.65;
    private const double RatingPromptShare = 0.45;
    private const double RatingAnswerShare = 0.88;
    private const double LateRatingShare = 0.10;

    /// <summary>Ratings 1-5 after an answer the customer confirmed: mostly 4 and 5.</summary>
    private static readonly double[] RatingsAfterBot = [0.03, 0.04, 0.10, 0.33, 0.50];

    /// <summary>Ratings 1-5 after a handoff: spread out and lower.</summary>
    private static readonly double[] RatingsAfterHandoff = [0.15, 0.15, 0.25, 0.25, 0.20];

    private Step Handoff(bool viaClick, string language)
    {
        if (viaClick)
        {
            Web(WebchatPhrases.LiveAgent.Title, WebchatData.Payload(WebchatPhrases.LiveAgent.Payload));
        }
        else
        {
            Web(_rng.Pick(WebchatPhrases.AskForHuman[language]), WebchatData.Nlu("human_handoff", Confidence(understood: true)), language);
        }
        Bot(WebchatPhrases.HandoffNotice);
        if (_rng.Chance(0.3)) Bot(string.Format(CultureInfo.InvariantCulture, WebchatPhrases.QueueNotice, _rng.Next(2, 9)));

        if (_rng.Chance(NoAgentShare))
        {
            Wait(TimeSpan.FromMinutes(_rng.Next(3, 15)));
            if (_rng.Chance(0.6)) Web(_rng.Pick(WebchatPhrases.StillWaiting[language]), "", language);
            MaybeClose(0.5);
            return Step.End;
        }

        Wait(TimeSpan.FromSeconds(_rng.Next(60, 1200)));
        var agent = WebchatPeople.Agent(_rng);
        System(string.Format(CultureInfo.InvariantCulture, WebchatPhrases.AgentJoined, agent.FirstName));
        var generic = _rng.Chance(0.6);
        Agent(agent, generic
            ? $"Hi, I'm {agent.FirstName}, give me a moment to read through this."
            : $"Hi {_customer.FirstName}, thanks for waiting. How can I help?");

        if (_lastProblem is not null && _rng.Chance(ReExplainShare))
        {
            // Said again, most of the words the same: what the bot was told did not reach the agent.
            var prefix = _rng.Pick(WebchatPhrases.AsISaid[_lastProblemLanguage]);
            var again = prefix.Length > 0 && _lastProblemLanguage != "zh" ? char.ToLowerInvariant(_lastProblem[0]) + _lastProblem[1..] : _lastProblem;
            Web(prefix + again, "", _lastProblemLanguage, reExplanation: true);
        }
        else if (_lastProblem is null || !generic)
        {
            var text = Fill(Question(language).Text);
            Web(text, "", language);
            (_lastProblem, _lastProblemLanguage) = (text, language);
        }

        if (_rng.Chance(0.3))
        {
            if (_rng.Chance(0.6))
            {
                Agent(agent, "Could you confirm the e-mail address on your account, please?");
                Web(_email, "");
            }
            else
            {
                Agent(agent, "What's the best phone number to reach you on, in case we get cut off?");
                Web(_phone, "");
            }
        }
        Wait(TimeSpan.FromSeconds(_rng.Next(30, 420)));
        Agent(agent, Fill(_rng.Pick(_topic.AgentReplies)));
        if (_rng.Chance(0.7)) Say(WebchatPhrases.ThanksToAgent, language);
        if (_rng.Chance(0.5))
        {
            Agent(agent, "Is there anything else I can help you with?");
            Say(WebchatPhrases.NothingElse, language);
            Agent(agent, "Thanks for contacting Acme, have a lovely day!");
        }
        Wait(TimeSpan.FromSeconds(_rng.Next(10, 120)));
        System(string.Format(CultureInfo.InvariantCulture, WebchatPhrases.AgentLeft, agent.FirstName));
        Rate(afterHandoff: true);
        // The conversation is the bot's again, and it says so with its menu.
        if (_rng.Chance(0.5)) Bot(WebchatPhrases.AnythingElse, AnythingElseMenu);
        return Step.End;
    }

    /// <summary>A message to the agent (no NLU while an agent talks) in the customer's language, or in English now and then.</summary>
    private void Say(IReadOnlyDictionary<string, string[]> phrases, string language)
    {
        var spoken = _rng.Chance(0.8) ? language : "en";
        Web(_rng.Pick(phrases[spoken]), "", spoken);
    }

    /// <summary>The bot's satisfaction form and, mostly, the customer's rating: as a digit or as stars, sometimes with a comment.</summary>
    private void Rate(bool afterHandoff)
    {
        if (!_rng.Chance(RatingPromptShare)) return;
        Wait(TimeSpan.FromSeconds(_rng.Next(2, 20)));
        Bot(WebchatPhrases.CsatPrompt, WebchatData.CsatForm);
        if (!_rng.Chance(RatingAnswerShare)) return;
        Wait(_rng.Chance(LateRatingShare) ? TimeSpan.FromMinutes(_rng.Next(35, 90)) : TimeSpan.FromSeconds(_rng.Next(5, 480)));
        var rating = 1 + _rng.PickWeighted(afterHandoff ? RatingsAfterHandoff : RatingsAfterBot);
        var comment = _rng.Chance(0.25) ? _rng.Pick(rating >= 4 ? WebchatPhrases.HighRatingComments : WebchatPhrases.LowRatingComments) : "";
        var text = _rng.Chance(0.5) ? rating.ToString(CultureInfo.InvariantCulture) : new string('★', rating) + new string('☆', 5 - rating);
        Web(text, WebchatData.CsatSubmit(rating, comment));
        Bot(WebchatPhrases.CsatThanks);
    }
}
