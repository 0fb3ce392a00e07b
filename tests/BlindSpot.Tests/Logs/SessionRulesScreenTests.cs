using BlindSpot.Core;
using BlindSpot.Logs;
using CsCheck;
using DuckDB.NET.Data;

namespace BlindSpot.Tests.Logs;

/// <summary>
/// The validator skips the five session rules when <see cref="ValidationRules.SessionRulesScreen"/> counts nothing, so the
/// screen must never count nothing where one of them would report a row.
/// </summary>
public class SessionRulesScreenTests
{
    private sealed record Row(string? Session, int? TurnIndex, int? Second, string Speaker, string? Event);

    private static readonly Gen<Row> AnyRow = Gen.Select(
        Gen.OneOf<string?>("A", "B", null),
        Gen.Int[0, 5].Select(i => i == 0 ? (int?)null : i),
        Gen.Int[0, 4].Select(s => s == 0 ? (int?)null : s),
        Gen.OneOf("user", "bot"),
        Gen.OneOf<string?>(null, null, "user_left", "handoff_requested"),
        (session, turn, second, speaker, ev) => new Row(session, turn, second, speaker, ev));

    /// <summary>Mostly well-formed sessions (turns 1..n in time order) with one row changed, so both outcomes of the screen occur.</summary>
    private static readonly Gen<Row[]> NearlyValidLog = Gen.Select(Gen.Int[1, 5], Gen.Int[1, 5], AnyRow, Gen.Int[0, 9], (a, b, changed, at) =>
    {
        var rows = Enumerable.Range(1, a).Select(i => new Row("A", i, i, i == 1 ? "user" : "bot", null))
            .Concat(Enumerable.Range(1, b).Select(i => new Row("B", i, i, i % 2 == 1 ? "user" : "bot", i == b ? "user_left" : null))).ToArray();
        if (at < rows.Length) rows[at] = changed;
        return rows;
    });

    [Fact]
    public void The_screen_counts_something_wherever_a_session_rule_reports_a_row()
    {
        var sessionRules = ValidationRules.RowRules().Where(r => r.RowCondition is null).ToList();
        Assert.Equal(["duplicate_turn_index", "missing_turn_index", "ts_backwards", "rows_after_end"], sessionRules.Select(r => r.Name));
        var screenedClean = 0;
        var broken = 0;
        using var db = DuckDb.OpenInMemory();

        Gen.OneOf(NearlyValidLog, AnyRow.Array[1, 8]).Sample(rows =>
        {
            LoadTyped(db, rows);
            var screen = db.Scalar<long>(ValidationRules.SessionRulesScreen());
            var reported = sessionRules.Where(r => db.Scalar<long>($"SELECT count(*) FROM ({r.Query})") > 0).Select(r => r.Name).ToList();
            if (screen == 0) screenedClean++;
            if (reported.Count > 0) broken++;
            return screen > 0 || reported.Count == 0;
        }, iter: 600, seed: "0N0XIzNsQ0O2", threads: 1); // one connection: one thread

        // Both sides of the property were exercised.
        Assert.InRange(screenedClean, 50, 550);
        Assert.InRange(broken, 50, 550);
    }

    [Fact]
    public void A_log_that_keeps_every_session_rule_passes_the_screen()
    {
        using var db = DuckDb.OpenInMemory();
        LoadTyped(db, [new("A", 1, 1, "user", null), new("A", 2, 1, "bot", null), new("A", 3, 2, "user", "user_left"),
                       new("B", 2, 3, "bot", "handoff_requested"), new("B", 1, 3, "user", null)]);

        Assert.Equal(0, db.Scalar<long>(ValidationRules.SessionRulesScreen()));
    }

    [Fact]
    public void A_session_in_two_blocks_each_in_step_is_still_caught()
    {
        using var db = DuckDb.OpenInMemory();
        // A restarts at turn 1 after B: each row follows on from the one before it, yet A has turn 1 twice.
        LoadTyped(db, [new("A", 1, 1, "user", null), new("A", 2, 2, "bot", null), new("B", 1, 1, "user", null), new("A", 1, 3, "user", null)]);

        Assert.True(db.Scalar<long>(ValidationRules.SessionRulesScreen()) > 0);
        Assert.Equal(2, db.Scalar<long>($"SELECT count(*) FROM ({ValidationRules.RowRules().Single(r => r.Name == "duplicate_turn_index").Query})"));
    }

    /// <summary>The work view <c>_bs_typed</c> the rules read, as a table of these rows.</summary>
    private static void LoadTyped(DuckDBConnection db, IReadOnlyList<Row> rows)
    {
        db.Execute("CREATE OR REPLACE TABLE _bs_typed (session_id VARCHAR, turn_index INTEGER, _raw_turn_index VARCHAR, ts TIMESTAMP, speaker VARCHAR, event VARCHAR, _row BIGINT)");
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            db.Execute("INSERT INTO _bs_typed VALUES (?, ?, CAST(? AS VARCHAR), TIMESTAMP '2026-01-01 10:00:00' + to_seconds(?), ?, ?, ?)",
                r.Session, r.TurnIndex, r.TurnIndex, r.Second, r.Speaker, r.Event, (long)(i + 1));
        }
    }
}
