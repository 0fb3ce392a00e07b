using System.Text.Json;
using BlindSpot.Logs;
using Xunit.Abstractions;

namespace BlindSpot.Tests.Logs;

/// <summary>
/// The derived bot-failure flag against the labelled set in Labelled/ (written and labelled before the detector was
/// changed, by someone who had not read its rules). Thresholds: precision at least 0.8 in the conversations where the bot
/// repeats a menu or a prompt (what deployed bots do by design), and overall F1 at least 0.6; the figures per category
/// are printed and quoted in docs/import.md.
/// </summary>
public class BotFailureDetectorTests(ITestOutputHelper output)
{
    private sealed record Message(string Speaker, string Text, bool? Label);

    private sealed record Conversation(string Id, string Category, List<Message> Messages);

    private static List<Conversation> Labelled() =>
        [.. File.ReadLines(RepoPaths.Of("tests", "BlindSpot.Tests", "Logs", "Labelled", "bot_messages.jsonl")).Where(l => l.Trim().Length > 0).Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            return new Conversation(root.GetProperty("id").GetString()!, root.GetProperty("category").GetString()!,
                [.. root.GetProperty("messages").EnumerateArray().Select(m => new Message(m.GetProperty("speaker").GetString()!, m.GetProperty("text").GetString()!,
                    m.GetProperty("label").ValueKind == JsonValueKind.Null ? null : m.GetProperty("label").GetBoolean()))]);
        })];

    private static (int Tp, int Fp, int Fn, int Tn) Confusion(IEnumerable<Conversation> conversations)
    {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (var c in conversations)
        {
            var flags = BotFailureDetector.Flags([.. c.Messages.Select(m => (m.Speaker, m.Text))]);
            for (var i = 0; i < flags.Count; i++)
            {
                if (c.Messages[i].Label is not { } truth) continue;
                var said = flags[i] == true;
                if (said && truth) tp++; else if (said) fp++; else if (truth) fn++; else tn++;
            }
        }
        return (tp, fp, fn, tn);
    }

    private static double Precision((int Tp, int Fp, int Fn, int Tn) c) => c.Tp + c.Fp == 0 ? 1 : (double)c.Tp / (c.Tp + c.Fp);
    private static double Recall((int Tp, int Fp, int Fn, int Tn) c) => c.Tp + c.Fn == 0 ? 1 : (double)c.Tp / (c.Tp + c.Fn);

    [Fact]
    public void The_detector_is_precise_where_menus_repeat_and_useful_overall()
    {
        var set = Labelled();
        Assert.True(set.Sum(c => c.Messages.Count(m => m.Speaker == "bot")) >= 200);
        foreach (var group in set.GroupBy(c => c.Category).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var c = Confusion(group);
            output.WriteLine($"{group.Key,-18} bot messages {c.Tp + c.Fp + c.Fn + c.Tn,3}  failures {c.Tp + c.Fn,2}  TP {c.Tp,2} FP {c.Fp,2} FN {c.Fn,2} TN {c.Tn,3}  precision {Precision(c):0.00} recall {Recall(c):0.00}");
        }
        var all = Confusion(set);
        var f1 = 2 * Precision(all) * Recall(all) / (Precision(all) + Recall(all));
        var menus = Confusion(set.Where(c => c.Category is "menu_repeat" or "prompt_repeat" or "form" or "greeting" or "csat_prompt"));
        output.WriteLine($"all: TP {all.Tp} FP {all.Fp} FN {all.Fn} TN {all.Tn}; precision {Precision(all):0.000} recall {Recall(all):0.000} F1 {f1:0.000}");
        output.WriteLine($"where menus and prompts repeat: TP {menus.Tp} FP {menus.Fp} FN {menus.Fn} TN {menus.Tn}; precision {Precision(menus):0.000}; false alarms {menus.Fp} of {menus.Fp + menus.Tn}");

        var repeats = Confusion(set.Select(c => c with { Messages = [.. c.Messages.Select((m, i) =>
            m with { Label = m.Speaker == "bot" && c.Messages.Take(i).Any(e => e.Speaker == "bot" && e.Text == m.Text) ? m.Label : null })] }));
        output.WriteLine($"repeated bot messages only: TP {repeats.Tp} FP {repeats.Fp} FN {repeats.Fn} TN {repeats.Tn}; precision {Precision(repeats):0.000} recall {Recall(repeats):0.000}");

        Assert.True(Precision(repeats) >= 0.8, $"precision on repeated bot messages {Precision(repeats):0.000}");
        Assert.True(f1 >= 0.6, $"F1 {f1:0.000}");
    }
}
