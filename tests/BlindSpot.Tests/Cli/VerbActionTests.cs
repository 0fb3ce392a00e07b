using BlindSpot.Cli;
using BlindSpot.Logs;

namespace BlindSpot.Tests.Cli;

/// <summary>One wrapper turns what any verb throws into its exit code and message.</summary>
public class VerbActionTests
{
    private static readonly ValidationReport Broken = new("turns.csv", 10, 8, 2,
        [new RuleViolation("speaker_known", "speaker is user, bot, agent or system", 2, [new OffendingRow("s1", "3")])]);

    [Fact]
    public void A_broken_log_is_2_what_a_verb_can_meet_is_1_and_a_bug_is_not_swallowed()
    {
        var broken = new TurnLogValidationException(Broken);
        Assert.Equal(ExitCodes.InvalidData, VerbAction.CodeOf(broken));
        Assert.Equal(ExitCodes.InvalidData, VerbAction.CodeOf(new TurnLogUnreadableException("turns.csv", "not a CSV file")));
        foreach (var e in new Exception[] { new IOException("disk"), new UnauthorizedAccessException("no"), new ArgumentException("bad"),
                                            new FormatException("x"), new InvalidDataException("mapping"), new InsufficientMemoryException("big") })
            Assert.Equal(ExitCodes.UsageOrIo, VerbAction.CodeOf(e));
        Assert.Null(VerbAction.CodeOf(new NullReferenceException()));
        Assert.Throws<NullReferenceException>(() => VerbAction.Run("simulate", () => throw new NullReferenceException()));
    }

    [Fact]
    public void The_message_names_the_verb_except_a_logs_own_report_which_names_the_log()
    {
        var error = Console.Error;
        var captured = new StringWriter();
        Console.SetError(captured);
        int io, data, ok;
        try
        {
            io = VerbAction.Run("figures", () => throw new IOException("figures.tsv not found"));
            data = VerbAction.Run("features", () => throw new TurnLogValidationException(Broken));
            ok = VerbAction.Run("readme", () => ExitCodes.Ok);
        }
        finally
        {
            Console.SetError(error);
        }
        Assert.Equal((ExitCodes.UsageOrIo, ExitCodes.InvalidData, ExitCodes.Ok), (io, data, ok));
        var lines = captured.ToString().Split('\n');
        Assert.Contains("figures: figures.tsv not found", lines);
        Assert.Contains(lines, l => l.StartsWith("turns.csv: invalid turn log: ", StringComparison.Ordinal));
    }
}
