using System.Text;
using BlindSpot.Core;
using BlindSpot.Logs;

namespace BlindSpot.Tests.Logs;

/// <summary>
/// What validating a damaged file must give. <paramref name="Message"/> is the line that says what is wrong: the whole
/// message after "path: " for a file refused as a whole (<paramref name="Rows"/> null: there are no rows), else the
/// report's first rule line (empty for a valid log).
/// </summary>
public sealed record DamageOutcome(int ExitCode, string Message, RowAccount? Rows, string[] ValidSessions);

/// <summary>Input rows, valid rows, rejected rows.</summary>
public sealed record RowAccount(long Input, long Valid, long Rejected);

/// <summary>A damaged turn log, written at test time from <see cref="TurnLogFixture"/>'s valid rows.</summary>
public sealed record DamagedFile(string Name, string FileName, Action<string> Write, DamageOutcome Expected)
{
    public override string ToString() => Name;
}

/// <summary>
/// The damaged files a team's own export can produce. The fixture's sessions are A (lines 2–6: its second row's text
/// spans two lines), B (lines 7–9) and C (lines 10–11); most damage hits one session, and the others must all load.
/// </summary>
public static class DamagedFiles
{
    private static readonly List<string> Rows = TurnLogFixture.ValidRows();
    private const string B2 = "B,2,2026-01-01 11:00:05,bot,,Sorry,,true,";

    public static IReadOnlyList<DamagedFile> All { get; } =
    [
        Csv("CSV cut off in a field", Text(Rows[..8], "C,2,2026-01-02 09:0"),
            Rejects("line 11 (session C): has 3 of the header's 9 fields and the file ends there: it looks cut off; export the log again", 9, 7, "A", "B")),
        Csv("CSV cut off inside a quoted text", Text(Rows[..8], "C,2,2026-01-02 09:00:02,bot,,\"Do"),
            Rejects("line 11 (session C): the file ends inside a quoted field: it looks cut off here; export the log again", 9, 7, "A", "B")),
        Csv("CSV cut off inside a text that spans lines", Text(Rows[..1], Rows[1][..(Rows[1].IndexOf('\n') + 4)]),
            new DamageOutcome(2, "malformed_line: 2 — line 3 (session A): a quote opened on this line is never closed: a stray quote (write it as \"\"), " +
                                 "or the file is cut off inside a quoted text; first lines: 3, 4", new RowAccount(3, 0, 3), [])),
        Csv("CSV cut off in the session id of the session it continues", Text(Rows[..6].Select(r => r.StartsWith("B,") ? "B17" + r[1..] : r), "B1"),
            Rejects("line 9 (session B17): has 1 of the header's 9 fields and the file ends there: it looks cut off; export the log again", 7, 4, "A")),
        Csv("CSV cut off in the session id of a new session", Text(Rows[..7], "C"),
            Rejects("line 10 (session C): has 1 of the header's 9 fields and the file ends there: it looks cut off; export the log again", 8, 7, "A", "B")),
        Csv("CSV line with an extra field", Text(ReplaceB2(B2 + ",surplus")),
            Rejects("line 8 (session B): has 10 fields where the header has 9: a delimiter inside an unquoted text? quote that field", 9, 6, "A", "C")),
        Csv("CSV line with a missing field", Text(ReplaceB2(B2[..^1])),
            Rejects("line 8 (session B): has 8 fields where the header has 9: a field is missing", 9, 6, "A", "C")),
        Csv("CSV stray quote that never closes", Text(ReplaceB2(B2.Replace("Sorry", "\"Sorry"))),
            Rejects("line 8 (session B): a quote opened on this line is never closed: a stray quote (write it as \"\"), or the file is cut off inside a quoted text", 9, 6, "A", "C")),
        Csv("CSV stray quote that a later quoted text closes",
            Text(ReplaceB2(B2.Replace("Sorry", "\"Sorry")).Select(r => r.Replace("Cancel please", "\"Cancel, please\""))),
            Rejects("line 8 (session B): text follows the closing quote of a field: a quote inside a quoted field must be doubled (\"\")", 9, 6, "A", "C")),
        Csv("CSV quote inside an unquoted text", Text(ReplaceB2(B2.Replace("Sorry", "So\"rry"))), Accepts()),
        Csv("CSV with CRLF line endings", Text(Rows, breaks: ["\r\n"]), Accepts()),
        Csv("CSV with mixed line endings", Text(Rows, breaks: ["\n", "\r\n", "\r"]), Accepts()),
        Csv("CSV with a byte-order mark", [0xEF, 0xBB, 0xBF, .. Text(Rows)], Accepts()),
        Csv("empty CSV", [], Refuses("the file is empty (0 bytes): a turn log needs a header and rows; export it again")),
        Csv("CSV with a header and no rows", Text([]), new DamageOutcome(2, "no_rows: 0 — the turn log has no rows", new RowAccount(0, 0, 0), [])),
        Csv("CSV with a byte that is not UTF-8", WithByte(Text(Rows), "Sorry", 0xFF),
            Rejects("line 8 (session B): byte 0xFF is not UTF-8 text: save the file as UTF-8", 9, 6, "A", "C")),
        Csv("CSV whose header has a stray quote", Text(Rows, header: TurnLogFixture.Header.Replace("event", "\"event")),
            Refuses("line 1, the header, is damaged: text follows the closing quote of a field: a quote inside a quoted field must be doubled (\"\")")),
        Csv("CSV whose header names a column twice", Text(Rows, header: TurnLogFixture.Header + ",text"),
            Refuses("line 1, the header, names column 'text' twice: rename one")),
        new("Parquet cut off", "turns.parquet", path => WriteParquet(path, "*", keepBytes: 0.5),
            Refuses("not a complete Parquet file (its footer is missing): it looks cut off; write it again")),
        new("zero-byte Parquet", "turns.parquet", path => File.WriteAllBytes(path, []),
            Refuses("the file is empty (0 bytes): a turn log needs a header and rows; export it again")),
        new("CSV named .parquet", "turns.parquet", path => File.WriteAllBytes(path, Text(Rows)),
            Refuses("not a Parquet file (it does not start with PAR1): give a Parquet file, or a CSV named .csv")),
        new("folder without Parquet files", "turns", path => Directory.CreateDirectory(path), Refuses("the folder holds no .parquet file")),
        new("Parquet whose ts column holds integers", "turns.parquet", path => WriteParquet(path, "* REPLACE (epoch(ts)::BIGINT AS ts)"),
            new DamageOutcome(2, "wrong_type: 9 — ts is not a TIMESTAMP; first (session_id, turn_index): (A, 1), (A, 2), (A, 3), (A, 4), (B, 1)", new RowAccount(9, 0, 9), [])),
        new("Parquet whose sentiment column holds text", "turns.parquet",
            path => WriteParquet(path, "* REPLACE (CASE WHEN session_id = 'B' AND turn_index = 1 THEN 'n/a' ELSE CAST(sentiment AS VARCHAR) END AS sentiment)"),
            new DamageOutcome(2, "wrong_type: 1 — sentiment is not a DOUBLE; first (session_id, turn_index): (B, 1)", new RowAccount(9, 6, 3), ["A", "C"])),
    ];

    public static DamagedFile Named(string name) => All.Single(f => f.Name == name);

    private static DamagedFile Csv(string name, byte[] bytes, DamageOutcome expected) =>
        new(name, "turns.csv", path => File.WriteAllBytes(path, bytes), expected);

    private static DamageOutcome Rejects(string message, long input, long valid, params string[] validSessions) =>
        new(2, "malformed_line: 1 — " + message, new RowAccount(input, valid, input - valid), validSessions);

    private static DamageOutcome Accepts() => new(0, "", new RowAccount(9, 9, 0), ["A", "B", "C"]);

    private static DamageOutcome Refuses(string message) => new(2, message, null, []);

    private static List<string> ReplaceB2(string row) => Rows.Select(r => r == B2 ? row : r).ToList();

    /// <summary>
    /// The header and rows, each line ended by the next of <paramref name="breaks"/> in turn (the line break inside a
    /// quoted text is the fixture's LF), then <paramref name="cutRow"/> with no line break after it, as a cut leaves it.
    /// </summary>
    private static byte[] Text(IEnumerable<string> rows, string? cutRow = null, string[]? breaks = null, string header = TurnLogFixture.Header)
    {
        breaks ??= ["\n"];
        var text = new StringBuilder(header).Append(breaks[0]);
        var i = 1;
        foreach (var row in rows) text.Append(row).Append(breaks[i++ % breaks.Length]);
        return Encoding.UTF8.GetBytes(text.Append(cutRow).ToString());
    }

    /// <summary>The bytes with the last character of <paramref name="marker"/>'s first occurrence replaced by <paramref name="value"/>.</summary>
    private static byte[] WithByte(byte[] bytes, string marker, byte value)
    {
        var at = bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(marker));
        var copy = bytes.ToArray();
        copy[at + marker.Length - 1] = value;
        return copy;
    }

    /// <summary>The fixture as Parquet through a SELECT list over its typed rows; <paramref name="keepBytes"/> &lt; 1 cuts the file.</summary>
    private static void WriteParquet(string path, string select, double keepBytes = 1)
    {
        var csv = path + ".source.csv";
        File.WriteAllBytes(csv, Text(Rows));
        using (var db = DuckDb.OpenInMemory())
            db.Execute($"COPY (SELECT {select} FROM {TurnLogCsv.ReadCsvCall(csv)}) TO {DuckDb.Literal(path)} (FORMAT parquet)");
        File.Delete(csv);
        if (keepBytes < 1) File.WriteAllBytes(path, File.ReadAllBytes(path)[..(int)(new FileInfo(path).Length * keepBytes)]);
    }
}
