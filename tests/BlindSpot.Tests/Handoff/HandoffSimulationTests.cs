using System.Security.Cryptography;
using BlindSpot.Core;
using BlindSpot.Logs;
using BlindSpot.Simulation;

namespace BlindSpot.Tests.Handoff;

public class HandoffSimulationTests
{
    private static List<(HandoffRecord H, SurveyRow S)> Escalations(bool effect, int sessions = 14_000, int seed = 21)
    {
        var options = new SimulationOptions { Sessions = sessions, Seed = seed, Handoff = new HandoffOptions { PacketEffect = effect } };
        var bot = new ConversationSimulator(options);
        var human = new HandoffSimulator(options, options.Handoff);
        var result = new List<(HandoffRecord, SurveyRow)>();
        for (var i = 0; i < sessions; i++)
        {
            var leg = human.Simulate(i, bot.Simulate(i));
            if (leg.Handoff is not null) result.Add((leg.Handoff, leg.Survey!));
        }
        return result;
    }

    private static double ReExplanation(List<(HandoffRecord H, SurveyRow S)> e, string level) =>
        e.Where(x => x.H.PacketLevel == level).Average(x => x.H.ReExplained ? 1.0 : 0.0);

    private static double Csat(List<(HandoffRecord H, SurveyRow S)> e, string level) =>
        e.Where(x => x.H.PacketLevel == level && x.S.Csat is not null).Average(x => (double)x.S.Csat!.Value);

    private static double UsefulMinutes(List<(HandoffRecord H, SurveyRow S)> e, string level) =>
        e.Where(x => x.H.PacketLevel == level).Average(x => x.H.FirstUsefulReplySeconds / 60.0);

    [Fact]
    public void A_complete_packet_cuts_re_explanation_speeds_the_useful_reply_and_raises_csat_when_the_effect_is_on()
    {
        var on = Escalations(effect: true);
        Assert.True(on.Count > 3000, $"{on.Count} escalations");
        Assert.True(on.Count(x => x.H.PacketLevel == "full") > 600);
        Assert.True(ReExplanation(on, "none") - ReExplanation(on, "full") > 0.5, $"none {ReExplanation(on, "none"):F3} full {ReExplanation(on, "full"):F3}");
        Assert.True(ReExplanation(on, "none") > ReExplanation(on, "partial") && ReExplanation(on, "partial") > ReExplanation(on, "full"));
        Assert.True(UsefulMinutes(on, "none") - UsefulMinutes(on, "full") > 3, $"none {UsefulMinutes(on, "none"):F2} full {UsefulMinutes(on, "full"):F2}");
        Assert.True(Csat(on, "full") - Csat(on, "none") > 0.8, $"none {Csat(on, "none"):F2} full {Csat(on, "full"):F2}");
    }

    [Fact]
    public void With_the_effect_off_completeness_changes_nothing()
    {
        var off = Escalations(effect: false);
        Assert.True(Math.Abs(ReExplanation(off, "none") - ReExplanation(off, "full")) < 0.06, $"none {ReExplanation(off, "none"):F3} full {ReExplanation(off, "full"):F3}");
        Assert.True(Math.Abs(UsefulMinutes(off, "none") - UsefulMinutes(off, "full")) < 0.6, $"none {UsefulMinutes(off, "none"):F2} full {UsefulMinutes(off, "full"):F2}");
        Assert.True(Math.Abs(Csat(off, "full") - Csat(off, "none")) < 0.25, $"none {Csat(off, "none"):F2} full {Csat(off, "full"):F2}");
    }

    [Fact]
    public void Angrier_customers_answer_the_survey_more_often_and_escalations_answer_more_than_bot_resolved_cases()
    {
        var options = new SimulationOptions { Sessions = 8000, Seed = 3 };
        var bot = new ConversationSimulator(options);
        var human = new HandoffSimulator(options, options.Handoff);
        var surveys = Enumerable.Range(0, options.Sessions).Select(i => human.Simulate(i, bot.Simulate(i)).Survey).OfType<SurveyRow>().ToList();
        double Rate(string path) => surveys.Where(s => s.Path == path).Average(s => s.Responded ? 1.0 : 0.0);
        Assert.True(Rate(CasePaths.AiToHuman) - Rate(CasePaths.AiResolved) > 0.1, $"escalated {Rate(CasePaths.AiToHuman):F3}, resolved {Rate(CasePaths.AiResolved):F3}");
        Assert.All(surveys.Where(s => s.Responded), s => Assert.InRange(s.Csat!.Value, 1, 5));
        Assert.All(surveys.Where(s => s.Responded), s => Assert.InRange(s.Nps!.Value, 0, 10));
    }

    [Fact]
    public void A_policy_fixes_every_packet_and_none_means_an_empty_packet()
    {
        foreach (var (policy, level) in new[] { (PacketPolicy.None, "none"), (PacketPolicy.Partial, "partial"), (PacketPolicy.Full, "full") })
        {
            var options = new SimulationOptions { Sessions = 400, Seed = 9, Handoff = new HandoffOptions { Policy = policy } };
            var bot = new ConversationSimulator(options);
            var human = new HandoffSimulator(options, options.Handoff);
            var handoffs = Enumerable.Range(0, 400).Select(i => human.Simulate(i, bot.Simulate(i)).Handoff).OfType<HandoffRecord>().ToList();
            Assert.NotEmpty(handoffs);
            Assert.All(handoffs, h => Assert.Equal((level, PacketLevels.Fields(level)), (h.PacketLevel, h.Fields)));
        }
        Assert.Equal(0, PacketLevels.Count(PacketLevels.Fields("none")));
        Assert.Equal(7, PacketLevels.Count(PacketLevels.Fields("full")));
    }

    private static string Sha256(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    [Fact]
    public void Same_seed_same_human_leg_and_the_turn_log_does_not_depend_on_it()
    {
        using var a = new TempFolder();
        using var b = new TempFolder();
        using var c = new TempFolder();
        var options = new SimulationOptions { Sessions = 500, Seed = 13 };
        var first = DatasetWriter.Write(options, a.Path);
        var second = HandoffDataset.Write(options, b.Path);
        var other = DatasetWriter.Write(options with { Handoff = new HandoffOptions { Policy = PacketPolicy.None, HumanOnlyCases = 7, PacketEffect = false } }, c.Path);

        using var db = DuckDb.OpenInMemory();
        foreach (var (x, y) in first.Handoff!.All.Zip(second.All))
        {
            var differing = db.Scalar<long>(
                $"SELECT count(*) FROM ((SELECT * FROM read_parquet({DuckDb.Literal(x)}) EXCEPT ALL SELECT * FROM read_parquet({DuckDb.Literal(y)})) " +
                $"UNION ALL (SELECT * FROM read_parquet({DuckDb.Literal(y)}) EXCEPT ALL SELECT * FROM read_parquet({DuckDb.Literal(x)})))");
            Assert.Equal(0, differing);
            Assert.True(db.Scalar<long>($"SELECT count(*) FROM read_parquet({DuckDb.Literal(x)})") > 0, x);
        }
        Assert.Equal(Sha256(first.TurnsCsv), Sha256(other.TurnsCsv));
        Assert.Equal(7, db.Scalar<long>($"SELECT count(*) FROM read_parquet({DuckDb.Literal(other.Handoff!.HumanOnly)})"));
        Assert.False(Directory.EnumerateFiles(a.Path, "*.partial").Any());
    }

    [Fact]
    public void Agent_turns_continue_each_escalated_session_and_the_useful_reply_time_matches_them()
    {
        var options = new SimulationOptions { Sessions = 300, Seed = 17 };
        var bot = new ConversationSimulator(options);
        var human = new HandoffSimulator(options, options.Handoff);
        for (var i = 0; i < options.Sessions; i++)
        {
            var session = bot.Simulate(i);
            var leg = human.Simulate(i, session);
            if (leg.Handoff is not { } h) { Assert.Empty(leg.AgentTurns); continue; }
            Assert.Equal(session.Turns[^1].TurnIndex + 1, leg.AgentTurns[0].TurnIndex);
            Assert.Equal(Enumerable.Range(leg.AgentTurns[0].TurnIndex, leg.AgentTurns.Count), leg.AgentTurns.Select(t => t.TurnIndex));
            Assert.True(leg.AgentTurns.Zip(leg.AgentTurns.Skip(1)).All(p => p.First.Ts <= p.Second.Ts));
            Assert.InRange(h.FirstReplySeconds, 0, h.FirstUsefulReplySeconds);
            Assert.Contains(leg.AgentTurns, t => t.Speaker == "agent" && (t.Ts - h.HandoffTs).TotalSeconds == h.FirstUsefulReplySeconds);
            Assert.Equal(h.ReExplained, leg.AgentTurns.Any(t => t.Speaker == "user" && t.Text.StartsWith("As I already told the assistant", StringComparison.Ordinal)));
        }
    }
}
