using BlindSpot.Core;

namespace BlindSpot.Simulation;

/// <summary>
/// Simulates one conversation at a time from behaviour: a user with an intent and a latent profile
/// meets a bot whose failure rate depends on the intent; sentiment moves with every good or failed
/// answer; after each bot turn the user continues, asks for a human, confirms, or leaves.
/// Outcomes are never drawn directly: they emerge from those choices.
/// </summary>
public sealed class ConversationSimulator
{
    private enum Ending { Continue, Confirm, SilentSuccess, Escalate, Leave, Timeout }

    private readonly SimulationOptions _options;
    private readonly BehaviourModel _model;
    private readonly string[] _intents;
    private readonly double[] _intentWeights;
    private readonly UserProfile[] _profiles;
    private readonly double[] _profileWeights;

    public ConversationSimulator(SimulationOptions options)
    {
        options.Validate();
        _options = options;
        _model = options.Model;
        _intents = options.IntentMix.Keys.ToArray();
        _intentWeights = options.IntentMix.Values.ToArray();
        _profiles = _model.ProfileMix.Keys.ToArray();
        _profileWeights = _model.ProfileMix.Values.ToArray();
    }

    public static string SessionId(long index) => $"S{index + 1:D7}";

    /// <summary>Session <paramref name="index"/> (0-based) of the run; independent of every other session.</summary>
    public SimulatedSession Simulate(long index)
    {
        var session = Simulate(SessionId(index), SplitMixRandom.ForItem(_options.Seed, index), intent: null, start: null);
        return _options.Returns.Enabled ? session with { ConversationId = ConversationId(index), CustomerId = CustomerId(index) } : session;
    }

    public static string ConversationId(long index) => $"C{index + 1:D7}";

    public static string CustomerId(long index) => $"U{index + 1:D7}";

    private const ulong ReturnSalt = 0x5245_5455_524E_0001; // "RETURN": a stream of its own, so the sessions do not change

    /// <summary>
    /// With returns on, the session in which session <paramref name="index"/> (<paramref name="first"/>) comes back, or
    /// null: only a truly failed session may, with <see cref="ReturnOptions.FailedShare"/>. The return has the same intent
    /// and customer; it is a new visit of the same conversation (id <c>…-v2</c>) or a new conversation (<c>…-r</c>), and it
    /// behaves like any session (it may fail again; it does not come back itself).
    /// </summary>
    public SimulatedSession? SimulateReturn(long index, SimulatedSession first)
    {
        var returns = _options.Returns;
        if (!returns.Enabled || first.Truth.TrueOutcome == Outcome.Resolved.Name()) return null;
        var rng = SplitMixRandom.ForItem(_options.Seed, index, ReturnSalt);
        if (!rng.Chance(returns.FailedShare)) return null;
        var newConversation = rng.Chance(returns.NewConversationShare);
        var start = first.Turns[^1].Ts.AddMinutes(rng.Next(returns.MinHours * 60, returns.MaxHours * 60 + 1));
        var id = SessionId(index) + (newConversation ? "-r" : "-v2");
        var comeback = Simulate(id, rng, first.Truth.Intent, start);
        return comeback with
        {
            Truth = comeback.Truth with { ReturnOf = first.Truth.SessionId },
            ConversationId = newConversation ? ConversationId(index) + "-r" : ConversationId(index),
            CustomerId = CustomerId(index),
        };
    }

    /// <param name="intent">The intent (null: drawn); <paramref name="start"/> likewise (null: drawn over the days of traffic).</param>
    private SimulatedSession Simulate(string sessionId, SplitMixRandom rng, string? intent, DateTime? start)
    {
        intent ??= _intents[rng.PickWeighted(_intentWeights)];
        var profile = _profiles[rng.PickWeighted(_profileWeights)];
        var outOfScope = rng.Chance(_model.OutOfScopeRate[intent]);
        var answersNeeded = rng.Chance(_model.NeedsTwoAnswersRate) ? 2 : 1;
        var patience = profile switch
        {
            UserProfile.Persister => 2 + rng.PickWeighted(_model.PersisterPatienceWeights),
            UserProfile.SilentAbandoner => 0,
            _ => _model.PatientUserPatience,
        };
        var endsTheOtherWay = rng.Chance(_options.BehaviouralNoise);
        var hidden = _options.Effects.HiddenFailures && intent == _options.Effects.HiddenFailureIntent;

        var log = new SessionLogBuilder(sessionId, intent, start ?? StartTime(rng), rng);
        var sentiment = Clamp(rng.Normal(_model.InitialSentimentMean, _model.InitialSentimentSd));
        var opening = MessageTemplates.Opening(intent, rng);
        int failures = 0, successes = 0;
        var lastFailed = false;
        var ending = Ending.Timeout;
        log.Bot(MessageTemplates.BotGreeting, failed: false, first: true);

        for (var exchange = 1; exchange <= _model.MaxExchanges; exchange++)
        {
            if (profile == UserProfile.SilentAbandoner && _options.Effects.EarlySentimentDrop && exchange is 2 or 3)
                sentiment = Clamp(sentiment - _model.EarlyDropSize);
            log.User(exchange == 1 ? opening : MessageTemplates.FollowUp(lastFailed, opening, sentiment, rng), sentiment);

            var failed = rng.Chance(outOfScope ? _model.OutOfScopeFailureRate : _model.InScopeFailureRate);
            // A hidden failure is a confident wrong answer: the user is failed, the telemetry says nothing.
            var unlogged = failed && hidden && rng.Chance(_model.HiddenFailureUnloggedRate);
            var answer = !failed ? MessageTemplates.BotAnswer(intent, opening, rng)
                       : unlogged ? MessageTemplates.ConfidentWrongAnswer(intent, rng)
                       : MessageTemplates.BotFailure(rng);
            log.Bot(answer, failed && !unlogged);
            if (failed) failures++; else successes++;
            var move = failed ? -(hidden ? _model.HiddenSentimentDropOnFailure : _model.SentimentDropOnFailure) : _model.SentimentGainOnSuccess;
            sentiment = Clamp(sentiment + move + rng.Normal(0, _model.SentimentNoiseSd));
            lastFailed = failed;

            var solved = !outOfScope && successes >= answersNeeded;
            ending = Decide(profile, solved, failures, patience, lastFailed, endsTheOtherWay, rng);
            if (ending != Ending.Continue) break;
            if (exchange == _model.MaxExchanges) ending = Ending.Timeout;
        }

        WriteEnding(log, ending, sentiment, rng);
        var trueOutcome = ending switch
        {
            Ending.Confirm or Ending.SilentSuccess => Outcome.Resolved,
            Ending.Escalate => Outcome.Escalated,
            _ => Outcome.Abandoned,
        };
        var truth = new SessionTruth(sessionId, intent, profile, outOfScope, answersNeeded, patience, trueOutcome.Name(), failures, hidden);
        return new SimulatedSession(log.Rows, truth);
    }

    private Ending Decide(UserProfile profile, bool solved, int failures, int patience, bool lastFailed, bool endsTheOtherWay, SplitMixRandom rng)
    {
        if (solved) return profile == UserProfile.SilentSuccess ? Ending.SilentSuccess : Ending.Confirm;
        var ending = profile switch
        {
            UserProfile.Persister when _options.Effects.PersistersEscalateAfterFailures =>
                failures >= patience ? Ending.Escalate : Ending.Continue,
            UserProfile.Persister =>
                rng.Chance(_model.PersisterRandomHandoffRate) ? Ending.Escalate : Ending.Continue,
            UserProfile.SilentAbandoner =>
                rng.Chance(lastFailed ? _model.AbandonAfterFailureRate : _model.AbandonAfterSuccessRate) ? Ending.Leave : Ending.Continue,
            _ => failures >= patience ? (rng.Chance(_model.PatientGiveUpEscalateRate) ? Ending.Escalate : Ending.Leave) : Ending.Continue,
        };
        var profileDrivenEnding = profile is UserProfile.Persister or UserProfile.SilentAbandoner;
        if (endsTheOtherWay && profileDrivenEnding)
            ending = ending switch { Ending.Escalate => Ending.Leave, Ending.Leave => Ending.Escalate, _ => ending };
        return ending;
    }

    private void WriteEnding(SessionLogBuilder log, Ending ending, double sentiment, SplitMixRandom rng)
    {
        switch (ending)
        {
            case Ending.Confirm:
                log.User(MessageTemplates.Confirmation(rng), Clamp(sentiment + 0.1), "resolution_confirmed");
                log.Bot(MessageTemplates.BotClosing, failed: false);
                break;
            case Ending.Escalate:
                log.User(MessageTemplates.HandoffRequest(rng), sentiment, "handoff_requested");
                log.System(MessageTemplates.TransferNotice, null, TimeSpan.FromSeconds(2));
                log.Agent(MessageTemplates.AgentGreeting(rng), "agent_joined", TimeSpan.FromSeconds(rng.Next(20, 240)));
                break;
            case Ending.Leave:
                if (rng.Chance(0.5)) log.System(MessageTemplates.UserLeftNotice, "user_left", TimeSpan.FromSeconds(rng.Next(10, 90)));
                else log.System(MessageTemplates.TimeoutNotice, "session_timeout", TimeSpan.FromMinutes(15));
                break;
            case Ending.SilentSuccess:
                if (rng.Chance(0.3)) log.System(MessageTemplates.UserLeftNotice, "user_left", TimeSpan.FromSeconds(rng.Next(10, 90)));
                else log.System(MessageTemplates.TimeoutNotice, "session_timeout", TimeSpan.FromMinutes(15));
                break;
            default:
                log.System(MessageTemplates.TimeoutNotice, "session_timeout", TimeSpan.FromMinutes(15));
                break;
        }
    }

    private DateTime StartTime(SplitMixRandom rng) =>
        _options.StartDate.AddSeconds(rng.Next(0, _options.DaysOfTraffic * 86_400));

    private static double Clamp(double sentiment) => Math.Clamp(sentiment, -1.0, 1.0);
}
