using BlindSpot.Core;
using BlindSpot.Handoff;
using BlindSpot.Sql;
using Microsoft.Data.Analysis;

namespace BlindSpot.Tests.Handoff;

/// <summary>sql/handoff_metrics.sql on <see cref="HandoffFixture"/>, every expected value worked out by hand.</summary>
public class HandoffMetricsTests
{
    private static Dictionary<string, int> Rows(DataFrame f, string key) =>
        Enumerable.Range(0, (int)f.Rows.Count).ToDictionary(i => (string)f[key][i], i => i);

    private static double? D(DataFrame f, string column, int row) => f[column][row] is null ? null : Convert.ToDouble(f[column][row]);

    [Fact]
    public void Segmented_metrics_and_the_blend_equal_the_hand_computed_values()
    {
        using var folder = new TempFolder();
        using var sql = HandoffFixture.Load(folder.Path);
        var t = sql.Query("handoff_metrics.sql", "segmented");
        var row = Rows(t, "segment");
        Assert.Equal(["ai_resolved", "ai_to_human", "human_only", "blended"], Enumerable.Range(0, 4).Select(i => (string)t["segment"][i]));

        int r = row["ai_resolved"], e = row["ai_to_human"], h = row["human_only"], b = row["blended"];
        Assert.Equal((2L, 2L, 1.0, 4.5, 100.0), ((long)t["cases"][r], (long)t["responses"][r], D(t, "response_rate", r)!.Value, D(t, "csat", r)!.Value, D(t, "nps", r)!.Value));
        Assert.Null(D(t, "re_explanation_rate", r));
        Assert.Null(D(t, "first_useful_reply_minutes", r));

        // E1 answered 1 / 2 (detractor), E2 did not answer; median useful reply of 600 s and 180 s = 6.5 min.
        Assert.Equal((2L, 1L, 0.5, 1.0, -100.0), ((long)t["cases"][e], (long)t["responses"][e], D(t, "response_rate", e)!.Value, D(t, "csat", e)!.Value, D(t, "nps", e)!.Value));
        Assert.Equal(1.0, D(t, "first_reply_minutes", e)!.Value);
        Assert.Equal((6.5, 0.5, 0.5, 12.5), (D(t, "first_useful_reply_minutes", e)!.Value, D(t, "re_explanation_rate", e)!.Value, D(t, "rework_rate_by_construction", e)!.Value, D(t, "recovery_minutes", e)!.Value));

        // a passive (7) and a detractor (5): NPS = 0 % - 50 % = -50.
        Assert.Equal((3.5, -50.0, 6.0, 0.5), (D(t, "csat", h)!.Value, D(t, "nps", h)!.Value, D(t, "first_useful_reply_minutes", h)!.Value, D(t, "re_explanation_rate", h)!.Value));
        Assert.Null(D(t, "recovery_minutes", h));

        // blended = every case the AI touched: CSAT (5 + 4 + 1) / 3; NPS 2 promoters, 1 detractor of 3 = +33.3, in whole points 33.
        Assert.Equal((4L, 3L, 0.75), ((long)t["cases"][b], (long)t["responses"][b], D(t, "response_rate", b)!.Value));
        Assert.Equal(10.0 / 3, D(t, "csat", b)!.Value, 1e-12);
        Assert.Equal(33.0, D(t, "nps", b)!.Value);
        // escalated-path measures are not repeated in the blend
        Assert.Null(D(t, "first_useful_reply_minutes", b));
        Assert.Null(D(t, "re_explanation_rate", b));
        Assert.Null(D(t, "rework_rate_by_construction", b));
        Assert.Null(D(t, "recovery_minutes", b));
    }

    [Fact]
    public void The_escalated_path_by_intent_puts_the_lowest_answered_csat_first_and_the_arrival_line_needs_two_answers()
    {
        using var folder = new TempFolder();
        using var sql = HandoffFixture.Load(folder.Path);
        var byIntent = sql.Query("handoff_metrics.sql", "escalated_by_intent");
        // E1 (billing) answered CSAT 1 after re-explaining, useful reply at 600 s; E2 (technical_support) did not answer.
        Assert.Equal(["billing", "technical_support"], Enumerable.Range(0, 2).Select(i => (string)byIntent["intent"][i]));
        Assert.Equal((1L, 1L, 1.0, 10.0, 1.0), ((long)byIntent["escalations"][0], (long)byIntent["responses"][0], D(byIntent, "csat", 0)!.Value,
            D(byIntent, "first_useful_reply_minutes", 0)!.Value, D(byIntent, "re_explanation_rate", 0)!.Value));
        Assert.Null(D(byIntent, "csat", 1));

        // One answered survey (E1, last sentiment before the handoff -0.3): a mean but no line.
        var arrival = sql.Query("handoff_metrics.sql", "escalated_arrival");
        Assert.Equal((1L, 1.0, -0.3), ((long)arrival["responses"][0], D(arrival, "csat", 0)!.Value, D(arrival, "mean_arrival_sentiment", 0)!.Value));
        Assert.False(D(arrival, "csat_per_sentiment", 0) is { } slope && double.IsFinite(slope));
        var findings = HandoffFindings.From(sql.Query("handoff_metrics.sql", "segmented"), sql.Query("handoff_metrics.sql", "by_packet"), byIntent, arrival);
        Assert.Null(findings.Arrival);
        Assert.Equal(1.0, findings.EscalatedCsatByIntent["billing"]);
        Assert.Null(findings.EscalatedCsatByIntent["technical_support"]);
    }

    [Fact]
    public void The_arrival_line_is_least_squares_and_its_neutral_value_splits_the_gap()
    {
        var arrival = new DataFrame(new Int64DataFrameColumn("responses", [40]), new DoubleDataFrameColumn("csat", [2.8]),
            new DoubleDataFrameColumn("mean_arrival_sentiment", [-0.5]), new DoubleDataFrameColumn("csat_per_sentiment", [0.6]),
            new DoubleDataFrameColumn("csat_at_neutral_arrival", [3.1]));
        using var folder = new TempFolder();
        using var sql = HandoffFixture.Load(folder.Path);
        var findings = HandoffFindings.From(sql.Query("handoff_metrics.sql", "segmented"), sql.Query("handoff_metrics.sql", "by_packet"), null, arrival);
        Assert.Equal(new ArrivalAdjustment(3.1, 0.6, -0.5, 40), findings.Arrival);
        Assert.Equal(0.3, findings.Arrival!.ExplainedByArrival(2.8), 12);
        var tooFew = new DataFrame(new Int64DataFrameColumn("responses", [19]), new DoubleDataFrameColumn("csat", [2.8]),
            new DoubleDataFrameColumn("mean_arrival_sentiment", [-0.5]), new DoubleDataFrameColumn("csat_per_sentiment", [0.6]),
            new DoubleDataFrameColumn("csat_at_neutral_arrival", [3.1]));
        Assert.Null(HandoffFindings.From(sql.Query("handoff_metrics.sql", "segmented"), sql.Query("handoff_metrics.sql", "by_packet"), null, tooFew).Arrival);
    }

    [Fact]
    public void The_arrival_line_has_the_same_last_digits_however_the_threads_share_the_join()
    {
        // Summed in whatever order the threads joined the turns, the line's figures differed in their last digits from one
        // run to the next, and so did the findings 06 saves for 07.
        using var folder = new TempFolder();
        var dataset = BlindSpot.Simulation.DatasetWriter.Write(new BlindSpot.Simulation.SimulationOptions { Sessions = 1250, Seed = 42 }, folder.Path);
        using var sql = new SqlSession(SqlDirectory.At(RepoPaths.Of("sql")));
        sql.LoadTurns(dataset.TurnsParquet);
        HandoffData.Load(sql, dataset.Handoff!);
        sql.Connection.Execute("SET threads = 8");

        string Line()
        {
            var row = sql.Query("handoff_metrics.sql", "escalated_arrival");
            return string.Join(" ", new[] { "mean_arrival_sentiment", "csat_per_sentiment", "csat_at_neutral_arrival" }
                .Select(c => BitConverter.DoubleToInt64Bits(D(row, c, 0)!.Value).ToString("X16")));
        }

        var first = Line();
        Assert.All(Enumerable.Range(0, 20).Select(_ => Line()), line => Assert.Equal(first, line));
    }

    [Fact]
    public void By_packet_and_the_review_split_the_escalations_by_completeness()
    {
        using var folder = new TempFolder();
        using var sql = HandoffFixture.Load(folder.Path);
        var p = sql.Query("handoff_metrics.sql", "by_packet");
        var row = Rows(p, "packet");
        Assert.Equal(["none", "full", "all"], Enumerable.Range(0, 3).Select(i => (string)p["packet"][i]));
        Assert.Equal((1.0, 10.0, 20.0, 1.0, -100.0), (D(p, "re_explanation_rate", row["none"])!.Value, D(p, "first_useful_reply_minutes", row["none"])!.Value,
            D(p, "recovery_minutes", row["none"])!.Value, D(p, "csat", row["none"])!.Value, D(p, "nps", row["none"])!.Value));
        Assert.Equal((0.0, 3.0, 0L), (D(p, "re_explanation_rate", row["full"])!.Value, D(p, "first_useful_reply_minutes", row["full"])!.Value, (long)p["responses"][row["full"]]));
        Assert.Null(D(p, "nps", row["full"]));

        var review = sql.Query("handoff_metrics.sql", "handoff_review");
        var all = Rows(review, "packet")["all"];
        Assert.Equal((0.5, 0.5, 0.5, 0.5, 0.5), (D(review, "had_thread_by_construction", all)!.Value, D(review, "knew_bot_actions_by_construction", all)!.Value,
            D(review, "had_reason_by_construction", all)!.Value, D(review, "customer_repeated", all)!.Value, D(review, "first_reply_moved_on", all)!.Value));
        var none = Rows(review, "packet")["none"];
        Assert.Equal((0.0, 1.0, 0.0), (D(review, "had_thread_by_construction", none)!.Value, D(review, "customer_repeated", none)!.Value, D(review, "first_reply_moved_on", none)!.Value));

        var perEscalation = sql.Query("handoff_metrics.sql", "review_per_escalation");
        Assert.Equal(["E1", "E2"], perEscalation["session_id"].Cast<string>());
        Assert.Equal(["yes", "no"], perEscalation["customer_repeated"].Cast<string>());
    }

    [Fact]
    public void Abandoned_sessions_are_on_no_path_and_every_number_reaches_dotnet_as_a_plain_type()
    {
        using var folder = new TempFolder();
        using var sql = HandoffFixture.Load(folder.Path);
        Assert.Equal(0L, (long)sql.QueryText("SELECT count(*) AS n FROM case_paths WHERE case_id = 'A1'")["n"][0]);
        foreach (var name in new[] { "segmented", "by_packet", "handoff_review", "review_per_escalation" })
            foreach (var column in sql.Query("handoff_metrics.sql", name).Columns)
                Assert.True(column is StringDataFrameColumn or DoubleDataFrameColumn or Int64DataFrameColumn, $"{name}.{column.Name} is {column.GetType().Name}");
    }
}
