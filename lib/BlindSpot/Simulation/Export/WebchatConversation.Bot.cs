namespace BlindSpot.Simulation.Export;

/// <summary>
/// The exchanges with the bot: the customer clicks a menu button or types; the bot shows a sub-menu or a prompt,
/// answers with a canned text and shows its "anything else" menu again, word for word (a repeat, not a failure). The
/// true failures are planted here: a fallback when the NLU cannot place a message (most messages in another
/// language), and now and then the previous canned answer given again to a different question.
/// </summary>
internal sealed partial class WebchatConversation
{
    private enum Step { Continue, Restart, End }

    private const double ClickShare = 0.55;
    private const double UnderstoodEnglish = 0.88;
    private const double UnderstoodOtherLanguage = 0.30;
    private const double SameAnswerAgain = 0.20;
    private const double HelpfulAnswer = 0.72;
    private const int MaxDepth = 12;

    private WebchatTopic _topic;
    private string? _lastAnswer;
    private string? _lastQuestion;
    private string? _lastProblem;
    private string _lastProblemLanguage = "en";
    private int _depth;

    /// <summary>One visit: a first question and the questions that follow it, until the customer stops, asks for a person or starts over.</summary>
    private Step Visit(bool allowRestart)
    {
        _depth = 0;
        var step = Ask(first: true);
        for (var i = 0; step == Step.Continue && i < 4; i++) step = Ask(first: false);
        return step == Step.Restart && allowRestart ? Step.Restart : Step.End;
    }

    private Step Ask(bool first)
    {
        if (!first && _rng.Chance(0.65)) _topic = WebchatTopics.All[_rng.PickWeighted(WebchatTopics.Weights)];
        if (_rng.Chance(first ? 0.07 : 0.04)) return Handoff(viaClick: true, Language());
        return _topic.Button is not null && _rng.Chance(ClickShare) ? Click() : Type(Language());
    }

    /// <summary>A click on the topic's button; the bot asks for the order number, shows a sub-menu or asks to describe the problem.</summary>
    private Step Click()
    {
        var button = _topic.Button!;
        Web(button.Title, WebchatData.Payload(button.Payload));
        if (_topic.SubMenu.Count > 0)
        {
            Bot(_topic.Prompt!, WebchatData.Buttons(_topic.SubMenu));
            if (!_rng.Chance(0.7)) return Type(Language());
            var choice = _rng.Next(0, _topic.SubMenu.Count);
            Web(_topic.SubMenu[choice].Title, WebchatData.Payload(_topic.SubMenu[choice].Payload));
            return Answer(_topic.SubMenu[choice].Title, choice);
        }
        Bot(_topic.Prompt!);
        if (_topic == WebchatTopics.OrderStatus && _rng.Chance(0.85))
        {
            var text = _rng.Next(0, 4) switch { 0 => $"it's {_order}", 1 => $"{_order} thanks", _ => _order };
            Web(text, WebchatData.Nlu(_topic.Intent, Confidence(understood: true)));
            return Answer(text, _rng.Next(0, 2));
        }
        return Type(Language());
    }

    /// <summary>A typed question; the NLU places it (most English ones) or not (most in another language, some English).</summary>
    private Step Type(string language)
    {
        if (++_depth > MaxDepth) return Step.End;
        if (language == "en" && _rng.Chance(0.07))
        {
            var odd = Fill(_rng.Pick(WebchatTopics.Unplaceable));
            Web(odd, WebchatData.Nlu("nlu_fallback", Confidence(understood: false)));
            return Fallback(language);
        }
        var question = Question(language);
        var text = Fill(question.Text);
        var understood = _rng.Chance(language == "en" ? UnderstoodEnglish : UnderstoodOtherLanguage);
        Web(text, WebchatData.Nlu(understood ? _topic.Intent : "nlu_fallback", Confidence(understood)), language);
        (_lastProblem, _lastProblemLanguage) = (text, language);
        if (!understood) return Fallback(language);
        if (_topic == WebchatTopics.OrderStatus && !text.Contains(_order, StringComparison.Ordinal) && _rng.Chance(0.6))
        {
            // The bot's form asks for the number it needs, in the same words as after the button.
            Bot(_topic.Prompt!);
            Web(_order, WebchatData.Nlu(_topic.Intent, Confidence(understood: true)));
        }
        return Answer(text, question.Answer);
    }

    /// <summary>
    /// The bot's canned answer, then its "anything else" menu. Now and then it gives its previous answer again to a
    /// different question: the same words as before, and a failure this time.
    /// </summary>
    private Step Answer(string question, int answer)
    {
        bool helpful;
        if (_lastAnswer is not null && _lastQuestion != question && _rng.Chance(SameAnswerAgain))
        {
            Bot(_lastAnswer, failure: true);
            helpful = false;
        }
        else
        {
            _lastAnswer = _topic.Answers[answer];
            Bot(_lastAnswer);
            helpful = _rng.Chance(HelpfulAnswer);
        }
        _lastQuestion = question;
        if (_rng.Chance(0.93)) Bot(WebchatPhrases.AnythingElse, AnythingElseMenu);
        return helpful ? AfterGoodAnswer() : AfterPoorAnswer();
    }

    private Step AfterGoodAnswer()
    {
        var x = _rng.NextDouble();
        if (x < 0.36)
        {
            var language = Language();
            Web(_rng.Pick(WebchatPhrases.Confirm[language]), WebchatData.Affirm, language);
            Bot(WebchatPhrases.Welcome);
            Rate(afterHandoff: false);
            MaybeClose(0.3);
            return Step.End;
        }
        if (x < 0.56) return Step.Continue;
        if (x < 0.63) return Step.Restart;
        if (x < 0.72) MaybeClose(1);
        return Step.End;
    }

    private Step AfterPoorAnswer()
    {
        var x = _rng.NextDouble();
        if (x < 0.30) return Type(Language());
        if (x < 0.65) return Handoff(viaClick: _rng.Chance(0.5), Language());
        if (x < 0.70) return Step.Restart;
        if (x < 0.78) return Step.Continue;
        MaybeClose(0.3);
        return Step.End;
    }

    /// <summary>The bot did not understand (a true failure); the customer tries again, asks for a person, clicks or leaves.</summary>
    private Step Fallback(string language)
    {
        var variant = _rng.Next(0, WebchatPhrases.Fallbacks.Length);
        Bot(WebchatPhrases.Fallbacks[variant], variant == 2 ? MainMenu : "", failure: true);
        var x = _rng.NextDouble();
        // Some write again in their own language (and are mostly not understood again), more switch to English.
        if (x < 0.40) return Type(language != "en" && _rng.Chance(0.45) ? language : "en");
        if (x < 0.68) return Handoff(viaClick: _rng.Chance(0.5), language);
        if (x < 0.80 && _topic.Button is not null) return Click();
        MaybeClose(0.3);
        return Step.End;
    }

    /// <summary>"Start over": a click that begins a new topic, and a new visit, with no silence before it.</summary>
    private void StartOver()
    {
        Web(WebchatPhrases.StartOver.Title, WebchatData.Payload(WebchatPhrases.StartOver.Payload));
        Greet();
        _topic = WebchatTopics.All[_rng.PickWeighted(WebchatTopics.Weights)];
    }

    private void MaybeClose(double chance)
    {
        if (!_rng.Chance(chance)) return;
        Wait(TimeSpan.FromSeconds(_rng.Next(5, 90)));
        System(WebchatPhrases.UserClosed);
    }

    /// <summary>A question of the current topic in the language, not the one asked last when there is another.</summary>
    private WebchatQuestion Question(string language)
    {
        var questions = _topic.Questions[language];
        var question = _rng.Pick(questions);
        if (questions.Length > 1 && Fill(question.Text) == _lastProblem) question = _rng.Pick(questions);
        return question;
    }

    private double Confidence(bool understood) =>
        Math.Round(understood ? 0.62 + 0.37 * _rng.NextDouble() : 0.10 + 0.35 * _rng.NextDouble(), 2, MidpointRounding.AwayFromZero);
}
