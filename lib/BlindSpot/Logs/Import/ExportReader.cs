using System.Text.RegularExpressions;
using BlindSpot.Core;
using DuckDB.NET.Data;

namespace BlindSpot.Logs;

/// <summary>One row of an export, as text: the mapped columns only.</summary>
internal sealed record ExportRow(string? Ts, string? Sender, string? Text, string? Intent, string? Sentiment, string? BotFailure, string? Event);

/// <summary>One conversation's rows in the export's order, and where they came from (for the quarantine).</summary>
internal sealed record ExportConversation(string SessionId, string Source, IReadOnlyList<ExportRow> Rows, IReadOnlyList<long> SourceRows)
{
    public string Where(int i) => $"{Source} row {(i < SourceRows.Count ? SourceRows[i] : 0)}";
}

/// <summary>Reads an export's conversations, one at a time: a table (CSV, Parquet, JSON lines) or a folder of one CSV per conversation.</summary>
internal static class ExportReader
{
    public static IEnumerable<ExportConversation> Conversations(DuckDBConnection db, string source, ImportMapping mapping, Action<long> ignoredFiles) =>
        mapping.Layout == ImportMapping.FilePerConversationLayout ? Files(db, source, mapping, ignoredFiles) : Table(db, source, mapping);

    private static IEnumerable<ExportConversation> Table(DuckDBConnection db, string source, ImportMapping mapping)
    {
        if (!File.Exists(source)) throw new FileNotFoundException($"Export not found: {source} (layout \"table\" reads one file)", source);
        db.Execute($"CREATE OR REPLACE TEMP TABLE _bs_export AS SELECT row_number() OVER () AS _bs_row, * FROM {Relation(source)}");
        var select = Columns(db, "_bs_export", source, mapping, mapping.Session.Column!);
        using var command = db.CreateCommand($"SELECT {select}, _bs_row FROM _bs_export ORDER BY 1, _bs_row");
        using var reader = command.ExecuteReader();
        string? current = null;
        var rows = new List<ExportRow>();
        var numbers = new List<long>();
        while (reader.Read())
        {
            var session = reader.IsDBNull(0) ? "" : reader.GetString(0);
            if (current is not null && session != current)
            {
                yield return new ExportConversation(current, Path.GetFileName(source), rows, numbers);
                (rows, numbers) = ([], []);
            }
            current = session;
            rows.Add(Row(reader, 1));
            numbers.Add(Convert.ToInt64(reader.GetValue(8)));
        }
        if (current is not null) yield return new ExportConversation(current, Path.GetFileName(source), rows, numbers);
    }

    private static IEnumerable<ExportConversation> Files(DuckDBConnection db, string source, ImportMapping mapping, Action<long> ignoredFiles)
    {
        if (!Directory.Exists(source)) throw new DirectoryNotFoundException($"Export folder not found: {source} (layout \"{ImportMapping.FilePerConversationLayout}\" reads a folder)");
        var pattern = new Regex(mapping.Session.FromFileName!);
        var all = Directory.GetFiles(source).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var matching = all.Where(f => pattern.IsMatch(f!)).ToList();
        ignoredFiles(all.Count - matching.Count);
        foreach (var file in matching)
        {
            var path = Path.Combine(source, file!);
            var session = pattern.Match(file!) is { Groups.Count: > 1 } m ? m.Groups[1].Value : "";
            var relation = $"(SELECT row_number() OVER () AS _bs_row, * FROM {Relation(path)})";
            var select = Columns(db, relation, path, mapping, null);
            var rows = new List<ExportRow>();
            var numbers = new List<long>();
            using (var command = db.CreateCommand($"SELECT NULL, {select}, _bs_row FROM {relation} ORDER BY _bs_row"))
            using (var reader = command.ExecuteReader())
                while (reader.Read())
                {
                    rows.Add(Row(reader, 1));
                    numbers.Add(Convert.ToInt64(reader.GetValue(8)));
                }
            yield return new ExportConversation(session, file!, rows, numbers);
        }
    }

    private static ExportRow Row(System.Data.Common.DbDataReader r, int first)
    {
        string? At(int i) => r.IsDBNull(first + i) ? null : Convert.ToString(r.GetValue(first + i), System.Globalization.CultureInfo.InvariantCulture);
        return new ExportRow(At(0), At(1), At(2), At(3), At(4), At(5), At(6));
    }

    /// <summary>The mapped columns as text, in ExportRow's order (session first when given); a missing column is named.</summary>
    private static string Columns(DuckDBConnection db, string relation, string source, ImportMapping mapping, string? sessionColumn)
    {
        var present = db.ColumnsOf(relation);
        string Text(string? column)
        {
            if (column is null) return "NULL";
            if (!present.Contains(column))
                throw new InvalidDataException($"{source} has no column \"{column}\" (the mapping names it); its columns: {string.Join(", ", present)}.");
            return $"CAST(\"{column.Replace("\"", "\"\"")}\" AS VARCHAR)";
        }
        var mapped = new[] { "ts", "speaker", "text", "intent", "sentiment", "bot_failure", "event" }.Select(c => Text(mapping.Columns.GetValueOrDefault(c)));
        return string.Join(", ", (sessionColumn is null ? mapped : mapped.Prepend(Text(sessionColumn))));
    }

    /// <summary>JSON lines here; CSV, Parquet and a folder of Parquet files as the turn-log reader reads them.</summary>
    private static string Relation(string path)
    {
        var lower = path.ToLowerInvariant();
        return lower.EndsWith(".jsonl", StringComparison.Ordinal) || lower.EndsWith(".ndjson", StringComparison.Ordinal) || lower.EndsWith(".json", StringComparison.Ordinal)
            ? $"read_json({DuckDb.Literal(path)}, format = 'newline_delimited')"
            : TurnLogSource.Relation(path);
    }
}
