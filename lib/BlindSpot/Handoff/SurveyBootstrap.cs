using System.Globalization;
using BlindSpot.Core;
using BlindSpot.Sql;
using Microsoft.Data.Analysis;

namespace BlindSpot.Handoff;

/// <summary>One survey answer: its CSAT (1–5) and NPS score (0–10), either possibly unanswered.</summary>
public readonly record struct SurveyAnswer(double? Csat, double? Nps);

/// <summary>A difference of a survey figure between two groups of cases, with its bootstrap interval.</summary>
public sealed record SurveyDifference(string Comparison, string Metric, int FirstAnswers, int SecondAnswers, double Difference, Interval Interval, int UndefinedReplicates, int Replicates);

/// <summary>
/// Intervals on the satisfaction differences notebook 06 reports, which rest on a few dozen answers per group: each
/// replicate redraws the cases of every group with replacement, at the group's own size (the blend is redrawn as its
/// two paths, so it stays their mix). CSAT is the mean answered score; NPS is % promoters (9–10) − % detractors (0–6).
/// Replicates where a group has no answer are left out and counted.
/// </summary>
public static class SurveyBootstrap
{
    private const ulong Salt = 0x53555256UL;

    public static double Csat(IEnumerable<SurveyAnswer> answers)
    {
        var values = answers.Where(a => a.Csat is not null).Select(a => a.Csat!.Value).ToList();
        return values.Count == 0 ? double.NaN : values.Average();
    }

    public static double Nps(IEnumerable<SurveyAnswer> answers)
    {
        var values = answers.Where(a => a.Nps is not null).Select(a => a.Nps!.Value).ToList();
        return values.Count == 0 ? double.NaN : 100.0 * (values.Count(v => v >= 9) - values.Count(v => v <= 6)) / values.Count;
    }

    /// <summary>The cases of the <c>case_metrics</c> view (sql/handoff_paths.sql) by group: each path, and each packet level of the escalated path.</summary>
    public static IReadOnlyDictionary<string, SurveyAnswer[]> Load(SqlSession sql)
    {
        var frame = sql.QueryText("SELECT path, coalesce(packet_level, '') AS packet, csat::DOUBLE AS csat, nps::DOUBLE AS nps FROM case_metrics ORDER BY case_id");
        var rows = Enumerable.Range(0, (int)frame.Rows.Count).Select(i => (
            Path: (string)frame["path"][i], Packet: (string)frame["packet"][i], Answer: new SurveyAnswer((double?)frame["csat"][i], (double?)frame["nps"][i]))).ToList();
        var groups = rows.GroupBy(r => r.Path).ToDictionary(g => g.Key, g => g.Select(r => r.Answer).ToArray(), StringComparer.Ordinal);
        foreach (var packet in rows.Where(r => r.Path == "ai_to_human" && r.Packet.Length > 0).GroupBy(r => r.Packet))
            groups["packet " + packet.Key] = [.. packet.Select(r => r.Answer)];
        return groups;
    }

    /// <summary>
    /// Escalated − bot-resolved, blended − escalated, and a full − no packet on the escalated path, for CSAT and NPS
    /// (the comparisons whose groups exist).
    /// </summary>
    public static IReadOnlyList<SurveyDifference> Differences(IReadOnlyDictionary<string, SurveyAnswer[]> groups, int replicates = 1000, int seed = 42)
    {
        var comparisons = new List<(string Name, string[] First, string[] Second)>();
        if (groups.ContainsKey("ai_to_human") && groups.ContainsKey("ai_resolved"))
        {
            comparisons.Add(("escalated − bot-resolved", ["ai_to_human"], ["ai_resolved"]));
            comparisons.Add(("blended − escalated", ["ai_resolved", "ai_to_human"], ["ai_to_human"]));
        }
        if (groups.ContainsKey("packet full") && groups.ContainsKey("packet none"))
            comparisons.Add(("full packet − no packet", ["packet full"], ["packet none"]));
        var metrics = new (string Name, Func<IEnumerable<SurveyAnswer>, double> Value, Func<AnswerTally, double> OfTally, Func<SurveyAnswer, bool> Answered)[]
        {
            ("csat", Csat, t => t.Csat, a => a.Csat is not null), ("nps", Nps, t => t.Nps, a => a.Nps is not null),
        };

        var names = groups.Keys.Order(StringComparer.Ordinal).ToList();
        var differences = (from c in comparisons from m in metrics select (Comparison: c.Name, c.First, c.Second, Metric: m.Name, m.Value, m.OfTally, m.Answered)).ToList();
        // Each group's draw is tallied as it is made (the same draws, one random.Next per case in group order): holding the
        // drawn answers would copy the surveys once per replicate, gigabytes at ten million sessions.
        var draws = Bootstrap.Replicates(replicates, seed, Salt, random =>
        {
            var tallies = new Dictionary<string, AnswerTally>(StringComparer.Ordinal);
            foreach (var name in names)
            {
                var answers = groups[name];
                var tally = new AnswerTally();
                for (var i = 0; i < answers.Length; i++) tally.Add(answers[random.Next(0, answers.Length)]);
                tallies[name] = tally;
            }
            AnswerTally Of(string[] group) => group.Select(g => tallies[g]).Aggregate(new AnswerTally(), AnswerTally.Sum);
            return differences.Select(d => d.OfTally(Of(d.First)) - d.OfTally(Of(d.Second))).ToArray();
        }, inParallel: true);
        var result = new List<SurveyDifference>();
        for (var k = 0; k < differences.Count; k++)
        {
            var (name, firstGroups, secondGroups, metric, value, _, answered) = differences[k];
            var (first, second) = (firstGroups.SelectMany(g => groups[g]), secondGroups.SelectMany(g => groups[g]));
            var replicated = draws.Select(d => d[k]).ToList();
            result.Add(new SurveyDifference(name, metric, first.Count(answered), second.Count(answered), value(first) - value(second),
                Interval.Percentile(replicated), replicated.Count(v => !double.IsFinite(v)), replicates));
        }
        return result;
    }

    /// <summary>What CSAT and NPS are computed from, for a drawn group: answered CSATs and their sum, promoters, detractors.</summary>
    private struct AnswerTally
    {
        private double _csatSum;
        private int _csatCount, _promoters, _detractors, _npsCount;

        public void Add(SurveyAnswer a)
        {
            if (a.Csat is { } csat) { _csatSum += csat; _csatCount++; }
            if (a.Nps is { } nps)
            {
                _npsCount++;
                if (nps >= 9) _promoters++;
                else if (nps <= 6) _detractors++;
            }
        }

        public static AnswerTally Sum(AnswerTally a, AnswerTally b) => new()
        {
            _csatSum = a._csatSum + b._csatSum, _csatCount = a._csatCount + b._csatCount,
            _promoters = a._promoters + b._promoters, _detractors = a._detractors + b._detractors, _npsCount = a._npsCount + b._npsCount,
        };

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
