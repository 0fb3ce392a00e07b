using BlindSpot.Core;
using BlindSpot.Logs;

namespace BlindSpot.Simulation;

/// <summary>
/// Simulates the human side of the seam from an independent random stream per session (salt
/// <see cref="HandoffSalt"/>), so the bot-side rows never change: which packet fields the agent received, whether
/// the customer had to re-explain, the first and the first <em>useful</em> reply, the agent's recovery effort, the
/// resolution, the agent-side turns, and a post-case survey. Also simulates the human-only cohort (salt
/// <see cref="HumanOnlySalt"/>). The planted effects (<see cref="PlantedEffects.PacketEffect"/>,
/// <see cref="PlantedEffects.HandoffCosts"/>, <see cref="PlantedEffects.AgentInvestigates"/>) are documented in
/// Handoff/README.md and Simulation/README.md.
/// </summary>
public sealed class HandoffSimulator
{
    public const ulong HandoffSalt = 0x48414E444F4646UL;   // "HANDOFF"
    public const ulong HumanOnlySalt = 0x48554D414E4F4EUL; // "HUMANON"

    /// <summary>Mean packet completeness under the default mixed policy; with the effect off every packet behaves like this one.</summary>
    public const double NeutralCompleteness = 0.38;

    private readonly SimulationOptions _options;
    private readonly HandoffOptions _handoff;
    private readonly string[] _intents;
    private readonly double[] _intentWeights;

    public HandoffSimulator(SimulationOptions options, HandoffOptions handoff)
    {
        options.Validate();
        handoff.Validate();
        _options = options;
        _handoff = handoff;
        _intents = options.IntentMix.Keys.ToArray();
        _intentWeights = options.IntentMix.Values.ToArray();
    }

    public static string HumanOnlyCaseId(long index) => $"H{index + 1:D7}";

    /// <summary>The human leg of bot session <paramref name="index"/>: a handoff if it escalated, a survey if the bot resolved it, otherwise nothing.</summary>
    public HumanLeg Simulate(long index, SimulatedSession session)
    {
        var turns = session.Turns;
        var request = turns.FirstOrDefault(t => t.Event == "handoff_requested");
        var confirmed = turns.Any(t => t.Event == "resolution_confirmed");
        if (request is null && !confirmed) return HumanLeg.Empty;
        var rng = SplitMixRandom.ForItem(_options.Seed, index, HandoffSalt);
        var lastSentiment = turns.LastOrDefault(t => t.Speaker == "user" && t.Sentiment is not null)?.Sentiment ?? 0.0;
        if (request is null)
        {
            var u = BotResolvedSatisfaction(lastSentiment) + rng.Normal(0, 0.55);
            return new HumanLeg(null, [], Survey(session.Truth.SessionId, CasePaths.AiResolved, u, Anger(lastSentiment), 0.20, rng));
        }
        return Escalation(session, request, lastSentiment, rng);
    }

    private HumanLeg Escalation(SimulatedSession session, TurnRow request, double lastSentiment, SplitMixRandom rng)
    {
        var turns = session.Turns;
        var sessionId = session.Truth.SessionId;
        var intent = session.Truth.Intent;
        var joined = turns.Last();
        var level = _handoff.Policy switch
        {
            PacketPolicy.None => PacketLevels.None,
            PacketPolicy.Partial => PacketLevels.Partial,
            PacketPolicy.Full => PacketLevels.Full,
            _ => PacketLevels.All[rng.PickWeighted(_handoff.MixedWeights)],
        };
        var fields = PacketLevels.Fields(level);
        var completeness = PacketLevels.Count(fields) / 7.0;
        var c = _handoff.PacketEffect && _options.Effects.PacketEffect ? completeness : NeutralCompleteness;

        var reExplained = rng.Chance(0.80 - 0.68 * c);
        var forward = !reExplained && rng.Chance(0.45 + 0.50 * c);
        var resolved = rng.Chance(session.Truth.OutOfScope ? 0.86 : 0.94);
        var investigate = (int)Math.Round(rng.Next(60, 300) * (1.6 - c));
        if (!_options.Effects.AgentInvestigates) investigate = 0;
        var recovery = Math.Round(rng.Next(30, 120) / 10.0 * (1.7 - c) + (reExplained ? 4 : 0) + (forward ? 0 : 2), 1);

        var opening = turns.First(t => t.Speaker == "user").Text;
        var id = CaseIdentifiers.Find(opening).FirstOrDefault()?.Value;
        var agent = new AgentLeg(sessionId, intent, joined.TurnIndex, joined.Ts);
        if (reExplained)
        {
            agent.Agent(AgentTemplates.AskToRestate, rng.Next(15, 45));
            agent.User("As I already told the assistant: " + opening, Math.Clamp(lastSentiment - 0.1, -1, 1), rng.Next(40, 180), null);
            agent.Agent(AgentTemplates.Useful(intent, id), investigate);
        }
        else if (forward)
        {
            agent.Agent(AgentTemplates.WithContext + " " + AgentTemplates.Useful(intent, id), investigate);
        }
        else
        {
            agent.Agent(AgentTemplates.Generic, rng.Next(10, 40));
            agent.Agent(AgentTemplates.Useful(intent, id), investigate);
        }
        var usefulTs = agent.LastTs;
        if (resolved) agent.User(AgentTemplates.Thanks, Math.Clamp(lastSentiment + 0.3, -1, 1), rng.Next(30, 120), "resolution_confirmed");
        else agent.System(MessageTemplates.UserLeftNotice, rng.Next(60, 300), "user_left");

        var firstReply = (int)(joined.Ts - request.Ts).TotalSeconds;
        var firstUseful = (int)(usefulTs - request.Ts).TotalSeconds;
        var handoff = new HandoffRecord(sessionId, request.Ts, level, fields, reExplained, forward, firstReply, firstUseful, recovery, resolved);

        var u = _options.Effects.HandoffCosts
            ? 4.3 + 0.6 * lastSentiment - (reExplained ? 0.8 : 0) - 0.1 * Math.Min(firstUseful / 60.0, 15) + 0.6 * c
              - (resolved ? 0 : 1.3) + rng.Normal(0, 0.6)
            : BotResolvedSatisfaction(lastSentiment) + rng.Normal(0, 0.6);
        var anger = Anger(lastSentiment) + (resolved ? 0 : 0.25) + (reExplained ? 0.1 : 0);
        return new HumanLeg(handoff, agent.Rows, Survey(sessionId, CasePaths.AiToHuman, u, anger, 0.30, rng));
    }

    /// <summary>Case <paramref name="index"/> of the human-only cohort and its survey.</summary>
    public (HumanOnlyCase Case, SurveyRow Survey) SimulateHumanOnly(long index)
    {
        var rng = SplitMixRandom.ForItem(_options.Seed, index, HumanOnlySalt);
        var intent = _intents[rng.PickWeighted(_intentWeights)];
        var opened = _options.StartDate.AddSeconds(rng.Next(0, _options.DaysOfTraffic * 86_400));
        var mood = Math.Clamp(rng.Normal(-0.05, 0.3), -1, 1);
        var firstReply = rng.Next(60, 600);
        var reExplained = rng.Chance(0.10);
        var firstUseful = firstReply + rng.Next(60, 300) + (reExplained ? rng.Next(60, 180) : 0);
        var resolved = rng.Chance(0.90);
        var id = HumanOnlyCaseId(index);
        var u = 4.6 + 0.5 * mood - 0.05 * (firstUseful / 60.0) - (reExplained ? 0.6 : 0) - (resolved ? 0 : 1.3) + rng.Normal(0, 0.6);
        var survey = Survey(id, CasePaths.HumanOnly, u, Anger(mood) + (resolved ? 0 : 0.25), 0.24, rng);
        return (new HumanOnlyCase(id, intent, opened, firstReply, firstUseful, reExplained, resolved), survey);
    }

    /// <summary>A bot-resolved customer's latent satisfaction, before noise, from the mood they end in.</summary>
    private static double BotResolvedSatisfaction(double lastSentiment) => 4.25 + 0.5 * lastSentiment;

    private static double Anger(double sentiment) => Math.Clamp(-sentiment, 0, 1);

    /// <summary>Angrier customers answer more often; the scores follow the latent satisfaction <paramref name="u"/>.</summary>
    private static SurveyRow Survey(string caseId, string path, double u, double anger, double baseRate, SplitMixRandom rng)
    {
        var responded = rng.Chance(Math.Clamp(baseRate + 0.35 * anger, 0, 1));
        var npsNoise = rng.Normal(0, 1.0);
        if (!responded) return new SurveyRow(caseId, path, false, null, null);
        var csat = (int)Math.Clamp(Math.Round(u, MidpointRounding.AwayFromZero), 1, 5);
        var nps = (int)Math.Clamp(Math.Round(2.3 * u - 1.6 + npsNoise, MidpointRounding.AwayFromZero), 0, 10);
        return new SurveyRow(caseId, path, true, csat, nps);
    }

    /// <summary>Appends agent-side turns after the bot-side log of a session: indices continue, the clock only moves forward.</summary>
    private sealed class AgentLeg(string sessionId, string intent, int lastIndex, DateTime lastTs)
    {
        private readonly List<TurnRow> _rows = new(5);
        private int _index = lastIndex;

        public DateTime LastTs { get; private set; } = lastTs;
        public IReadOnlyList<TurnRow> Rows => _rows;

        public void Agent(string text, int afterSeconds) => Add("agent", null, text, null, afterSeconds, null);
        public void User(string text, double sentiment, int afterSeconds, string? evt) => Add("user", intent, text, Math.Round(sentiment, 3), afterSeconds, evt);
        public void System(string text, int afterSeconds, string evt) => Add("system", null, text, null, afterSeconds, evt);

        private void Add(string speaker, string? rowIntent, string text, double? sentiment, int afterSeconds, string? evt)
        {
            LastTs = LastTs.AddSeconds(afterSeconds);
            _rows.Add(new TurnRow(sessionId, ++_index, LastTs, speaker, rowIntent, text, sentiment, null, evt));
        }
    }
}

/// <summary>What agents write in the simulated human leg.</summary>
internal static class AgentTemplates
{
    public const string AskToRestate = "To make sure I have this right, could you describe the problem from the start?";
    public const string Generic = "Thanks for waiting. Let me look into this for you.";
    public const string WithContext = "I've read your chat with the assistant and I can see what it already tried, so we won't repeat that.";
    public const string Thanks = "Thanks, that sorted it.";

    public static string Useful(string intent, string? id)
    {
        var about = id is null ? "" : $" ({id})";
        return intent switch
        {
            "billing" => $"I've checked your billing history{about}: the extra charge is confirmed and I've issued the refund; it shows in 3-5 days.",
            "technical_support" => $"I've looked at the logs for your device{about}: it's a known issue in the last release and I've applied the fix to your account; please restart the app.",
            "account_access" => $"I've verified your identity and restored access{about}; the new sign-in link is in your inbox.",
            "order_status" => $"I've contacted the courier about your order{about}: it has been re-dispatched and arrives within 2 days.",
            "cancellation" => $"I've processed the cancellation{about} and confirmed there will be no further charges.",
            _ => "I've checked with the product team: yes, that's supported, and I've sent you the setup guide.",
        };
    }
}
