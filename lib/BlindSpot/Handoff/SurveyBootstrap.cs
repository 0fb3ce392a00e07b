using System.Globalization;
using BlindSpot.Core;
using BlindSpot.Sql;
using Microsoft.Data.Analysis;

namespace BlindSpot.Handoff;

/// <summary>One survey answer: its CSAT (1–5) and NPS score (0–10), either possibly unanswered.</summary>
public readonly record struct SurveyAnswer(double? Csat, double? Nps);

/// <summary>A difference of a survey figure between two groups of cases, with its bootstrap interval.</summary>
public sealed record SurveyDifference(string Comparison, string Metric, int FirstAnswers, int SecondAnswers, double Difference, Interval Interval, int UndefinedReplicates, int Replicates);

/// <summary>One distinct answer of a group and how many cases gave it.</summary>
public readonly record struct AnswerCount(SurveyAnswer Answer, long Count);

/// <summary>
/// Intervals on the satisfaction differences notebook 06 reports, which rest on a few dozen answers per group: each
/// replicate redraws the cases of every group with replacement, at the group's own size (the blend is redrawn as its
/// two paths, so it stays their mix). CSAT is the mean answered score; NPS is % promoters (9–10) − % detractors (0–6).
/// Replicates where a group has no answer are left out and counted.
/// </summary>
/// <remarks>
/// A case's answer is one of at most 72 (CSAT 1–5 or none, NPS 0–10 or none), so redrawing a group's N cases with
/// replacement is a multinomial draw over its distinct answers (<see cref="Multinomial"/>): the same distribution as N
/// random indices, at a cost that does not grow with N. At ten million sessions the index draws took 283 s.
/// </remarks>
public static class SurveyBootstrap
{
    private const ulong Salt = 0x53555256UL;

    public static double Csat(IEnumerable<SurveyAnswer> answers) => Tally(answers.Select(a => new AnswerCount(a, 1))).Csat;

    public static double Nps(IEnumerable<SurveyAnswer> answers) => Tally(answers.Select(a => new AnswerCount(a, 1))).Nps;

    /// <summary>
    /// The cases of the <c>case_metrics</c> view (sql/handoff_paths.sql) by group, each group as its distinct answers and
    /// their counts (counted in DuckDB): each path, and each packet level of the escalated path.
    /// </summary>
    public static IReadOnlyDictionary<string, AnswerCount[]> Load(SqlSession sql)
    {
        var frame = sql.QueryText("SELECT path, coalesce(packet_level, '') AS packet, csat::DOUBLE AS csat, nps::DOUBLE AS nps, count(*) AS cases " +
                                  "FROM case_metrics GROUP BY ALL");
        var rows = Enumerable.Range(0, (int)frame.Rows.Count).Select(i => (
            Path: (string)frame["path"][i], Packet: (string)frame["packet"][i],
            Answer: new AnswerCount(new SurveyAnswer((double?)frame["csat"][i], (double?)frame["nps"][i]), Convert.ToInt64(frame["cases"][i])))).ToList();
        var groups = rows.GroupBy(r => r.Path).ToDictionary(g => g.Key, g => Counted(g.Select(r => r.Answer)), StringComparer.Ordinal);
        foreach (var packet in rows.Where(r => r.Path == "ai_to_human" && r.Packet.Length > 0).GroupBy(r => r.Packet))
            groups["packet " + packet.Key] = Counted(packet.Select(r => r.Answer));
        return groups;
    }

    /// <inheritdoc cref="Differences(IReadOnlyDictionary{string, AnswerCount[]}, int, int)"/>
    public static IReadOnlyList<SurveyDifference> Differences(IReadOnlyDictionary<string, SurveyAnswer[]> groups, int replicates = 1000, int seed = 42) =>
        Differences(groups.ToDictionary(g => g.Key, g => Counted(g.Value.Select(a => new AnswerCount(a, 1))), StringComparer.Ordinal), replicates, seed);

    /// <summary>
    /// Escalated − bot-resolved, blended − escalated, and a full − no packet on the escalated path, for CSAT and NPS
    /// (the comparisons whose groups exist).
    /// </summary>
    public static IReadOnlyList<SurveyDifference> Differences(IReadOnlyDictionary<string, AnswerCount[]> groups, int replicates = 1000, int seed = 42)
    {
        groups = groups.ToDictionary(g => g.Key, g => Counted(g.Value), StringComparer.Ordinal); // the draws' categories in one order, however given
        var comparisons = new List<(string Name, string[] First, string[] Second)>();
        if (groups.ContainsKey("ai_to_human") && groups.ContainsKey("ai_resolved"))
        {
            comparisons.Add(("escalated − bot-resolved", ["ai_to_human"], ["ai_resolved"]));
            comparisons.Add(("blended − escalated", ["ai_resolved", "ai_to_human"], ["ai_to_human"]));
        }
        if (groups.ContainsKey("packet full") && groups.ContainsKey("packet none"))
            comparisons.Add(("full packet − no packet", ["packet full"], ["packet none"]));
        var metrics = new (string Name, Func<AnswerTally, double> Value, Func<AnswerTally, long> Answered)[]
        {
            ("csat", t => t.Csat, t => t.CsatAnswers), ("nps", t => t.Nps, t => t.NpsAnswers),
        };

        var names = groups.Keys.Order(StringComparer.Ordinal).ToList();
        var differences = (from c in comparisons from m in metrics select (Comparison: c.Name, c.First, c.Second, Metric: m.Name, m.Value, m.Answered)).ToList();
        var counts = names.ToDictionary(n => n, n => groups[n].Select(a => a.Count).ToArray(), StringComparer.Ordinal);
        var draws = Bootstrap.Replicates(replicates, seed, Salt, random =>
        {
            var tallies = new Dictionary<string, AnswerTally>(StringComparer.Ordinal);
            foreach (var name in names)
            {
                var drawn = Multinomial.Sample(random, counts[name].Sum(), counts[name]);
                tallies[name] = Tally(groups[name].Select((a, k) => a with { Count = drawn[k] }));
            }
            AnswerTally Of(string[] group) => group.Select(g => tallies[g]).Aggregate(new AnswerTally(), AnswerTally.Sum);
            return differences.Select(d => d.Value(Of(d.First)) - d.Value(Of(d.Second))).ToArray();
        }, inParallel: true);
        var result = new List<SurveyDifference>();
        for (var k = 0; k < differences.Count; k++)
        {
            var (name, firstGroups, secondGroups, metric, value, answered) = differences[k];
            var (first, second) = (Tally(firstGroups.SelectMany(g => groups[g])), Tally(secondGroups.SelectMany(g => groups[g])));
            var replicated = draws.Select(d => d[k]).ToList();
            result.Add(new SurveyDifference(name, metric, (int)answered(first), (int)answered(second), value(first) - value(second),
                Interval.Percentile(replicated), replicated.Count(v => !double.IsFinite(v)), replicates));
        }
        return result;
    }

    /// <summary>A group's answers merged by value, in a fixed order (unanswered first, then by score): the draws' categories.</summary>
    private static AnswerCount[] Counted(IEnumerable<AnswerCount> answers) =>
        [.. answers.GroupBy(a => a.Answer).Select(g => new AnswerCount(g.Key, g.Sum(a => a.Count)))
                   .OrderBy(a => a.Answer.Csat ?? -1).ThenBy(a => a.Answer.Nps ?? -1)];

    private static AnswerTally Tally(IEnumerable<AnswerCount> answers)
    {
        var tally = new AnswerTally();
        foreach (var a in answers) tally.Add(a.Answer, a.Count);
        return tally;
    }

    /// <summary>What CSAT and NPS are computed from, for a drawn group: answered CSATs and their sum, promoters, detractors.</summary>
    private struct AnswerTally
    {
        private double _csatSum;
        private long _csatCount, _promoters, _detractors, _npsCount;

        public void Add(SurveyAnswer a, long times)
        {
            if (a.Csat is { } csat) { _csatSum += csat * times; _csatCount += times; }
            if (a.Nps is { } nps)
            {
                _npsCount += times;
                if (nps >= 9) _promoters += times;
                else if (nps <= 6) _detractors += times;
            }
        }

        public static AnswerTally Sum(AnswerTally a, AnswerTally b) => new()
        {
            _csatSum = a._csatSum + b._csatSum, _csatCount = a._csatCount + b._csatCount,
            _promoters = a._promoters + b._promoters, _detractors = a._detractors + b._detractors, _npsCount = a._npsCount + b._npsCount,
        };

        public readonly long CsatAnswers => _csatCount;
        public readonly long NpsAnswers => _npsCount;
        public readonly double Csat => _csatCount == 0 ? double.NaN : _csatSum / _csatCount;
        public readonly double Nps => _npsCount == 0 ? double.NaN : 100.0 * (_promoters - _detractors) / _npsCount;
    }

    /// <summary>comparison, metric, answers in each group, difference and its 95 % interval (2 decimals for CSAT, 1 for NPS).</summary>
    public static DataFrame ToDataFrame(IReadOnlyList<SurveyDifference> rows)
    {
        static string F(double v, string metric) => v.ToString(metric == "csat" ? "+0.00;-0.00" : "+0.0;-0.0", CultureInfo.InvariantCulture);
        return new DataFrame(
            new StringDataFrameColumn("comparison", rows.Select(r => r.Comparison)),
            new StringDataFrameColumn("metric", rows.Select(r => r.Metric)),
            new Int32DataFrameColumn("answers_first", rows.Select(r => r.FirstAnswers)),
            new Int32DataFrameColumn("answers_second", rows.Select(r => r.SecondAnswers)),
            new StringDataFrameColumn("difference", rows.Select(r => F(r.Difference, r.Metric))),
            new StringDataFrameColumn("interval_95", rows.Select(r => r.Interval.IsDefined ? $"[{F(r.Interval.Lower, r.Metric)}, {F(r.Interval.Upper, r.Metric)}]" : "—")),
            new StringDataFrameColumn("replicates_undefined", rows.Select(r => $"{r.UndefinedReplicates} of {r.Replicates}")));
    }
}
