using BlindSpot.Core;
using BlindSpot.Sql;

namespace BlindSpot.Tests.Sql;

/// <summary>
/// A turn log whose sessions end as asked (a handoff, a confirmed resolution, the user leaving, or no ending event at
/// all), with optional ratings beside it: the shapes a team's log has when its markers are missing or partial.
/// </summary>
public sealed class EndingsLog
{
    private readonly List<(string Ending, double? Rating, bool ComesBack)> _sessions = [];

    /// <summary>Adds <paramref name="count"/> sessions that end with <paramref name="ending"/> (null: no ending event), each rated <paramref name="rating"/> (null: not rated).</summary>
    public EndingsLog Add(int count, string? ending, double? rating = null)
    {
        for (var i = 0; i < count; i++) _sessions.Add((ending ?? "", rating, false));
        return this;
    }

    /// <summary>
    /// Adds sessions whose conversation comes back two hours later (a second visit, confirmed resolved). A log with such
    /// sessions is written as turns.parquet with a conversation_id per session, and ends with a last session three days
    /// after the others, so every session before it could show a return.
    /// </summary>
    public EndingsLog AddComingBack(int count, string? ending)
    {
        for (var i = 0; i < count; i++) _sessions.Add((ending ?? "", null, true));
        return this;
    }

    /// <summary>Writes turns.csv (and ratings.parquet when any session is rated) into <paramref name="folder"/>; returns the log's path.</summary>
    public string Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var rows = new List<TurnRow>();
        for (var s = 0; s < _sessions.Count; s++)
        {
            var id = $"S{s:D4}";
            var ts = new DateTime(2026, 3, 2, 9, 0, 0).AddMinutes(3 * s);
            var ending = _sessions[s].Ending;
            rows.Add(new TurnRow(id, 1, ts, "user", "billing", "my bill is wrong", -0.2, null, null));
            rows.Add(new TurnRow(id, 2, ts.AddSeconds(20), "bot", null, "here is your bill", null, false, null));
            rows.Add(new TurnRow(id, 3, ts.AddSeconds(40), "user", null, "thanks", 0.4, null, null));
            rows.Add(new TurnRow(id, 4, ts.AddSeconds(60), ending == "handoff_requested" ? "user" : "bot", null, "closing", null,
                ending == "handoff_requested" ? null : false, ending.Length == 0 ? null : ending));
        }
        if (_sessions.Any(x => x.ComesBack))
            return WriteWithConversations(folder, rows);
        var turns = RandomTurnLogs.WriteCsv(Path.Combine(folder, "turns.csv"), rows);
        var rated = _sessions.Select((x, s) => (Id: $"S{s:D4}", x.Rating)).Where(x => x.Rating is not null).ToList();
        if (rated.Count > 0)
        {
            using var db = DuckDb.OpenInMemory();
            db.Execute("CREATE TABLE r (session_id VARCHAR, csat DOUBLE)");
            foreach (var (id, rating) in rated) db.Execute($"INSERT INTO r VALUES ('{id}', {rating!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)})");
            db.Execute($"COPY r TO {DuckDb.Literal(Path.Combine(folder, "ratings.parquet"))} (FORMAT parquet)");
        }
        return turns;
    }

    private string WriteWithConversations(string folder, List<TurnRow> rows)
    {
        for (var s = 0; s < _sessions.Count; s++)
        {
            if (!_sessions[s].ComesBack) continue;
            var ts = new DateTime(2026, 3, 2, 11, 0, 0).AddMinutes(3 * s);
            rows.Add(new TurnRow($"S{s:D4}-v2", 1, ts, "user", "billing", "still wrong", -0.4, null, null));
            rows.Add(new TurnRow($"S{s:D4}-v2", 2, ts.AddSeconds(20), "bot", null, "fixed now", null, false, null));
            rows.Add(new TurnRow($"S{s:D4}-v2", 3, ts.AddSeconds(40), "user", null, "thanks", 0.5, null, "resolution_confirmed"));
        }
        var last = new DateTime(2026, 3, 2, 9, 0, 0).AddMinutes(3 * _sessions.Count).AddDays(3);
        rows.Add(new TurnRow("TAIL", 1, last, "user", "billing", "hello", 0.0, null, null));
        rows.Add(new TurnRow("TAIL", 2, last.AddSeconds(20), "bot", null, "hi", null, false, "resolution_confirmed"));
        var csv = RandomTurnLogs.WriteCsv(Path.Combine(folder, "turns-plain.csv"), rows);
        var turns = Path.Combine(folder, "turns.parquet");
        using (var db = DuckDb.OpenInMemory())
            db.Execute($"COPY (SELECT *, regexp_replace(session_id, '-v2$', '') AS conversation_id FROM read_csv({DuckDb.Literal(csv)}) ORDER BY session_id, turn_index) " +
                       $"TO {DuckDb.Literal(turns)} (FORMAT parquet)");
        File.Delete(csv);
        return turns;
    }

    /// <summary>Loads the log into a session and runs the SQL stage under three_tier (and loads the ratings when written).</summary>
    public static SqlSession Load(string folder, out OutcomeFindings findings)
    {
        var session = new SqlSession(SqlDirectory.At(RepoPaths.Of("sql")));
        session.LoadTurns(File.Exists(Path.Combine(folder, "turns.parquet")) ? Path.Combine(folder, "turns.parquet") : Path.Combine(folder, "turns.csv"));
        findings = SqlStage.Run(session, new SqlStageOptions { OutcomeDefinition = "three_tier" }).Findings;
        if (File.Exists(Path.Combine(folder, "ratings.parquet"))) session.LoadRatings(Path.Combine(folder, "ratings.parquet"));
        return session;
    }
}
