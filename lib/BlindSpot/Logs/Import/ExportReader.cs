using BlindSpot.Core;
using DuckDB.NET.Data;

namespace BlindSpot.Logs;

/// <summary>One row of an export, as text: the mapped columns, the cells the signal rules read, and the customer key.</summary>
internal sealed record ExportRow(string? Ts, string? Sender, string? Text, string? Intent, string? Sentiment, string? BotFailure, string? Event,
                                 IReadOnlyList<string?> Cells, string? Customer);

/// <summary>One conversation's rows in the export's order, and where they came from (for the quarantine).</summary>
internal sealed record ExportConversation(string SessionId, string? Customer, string Source, IReadOnlyList<ExportRow> Rows, IReadOnlyList<long> SourceRows)
{
    public string Where(int i) => $"{Source} row {(i < SourceRows.Count ? SourceRows[i] : 0)}";
}

/// <summary>
/// Reads an export's conversations, one at a time: a table (CSV, Parquet, JSON lines), or a folder of one CSV per
/// conversation, which DuckDB reads in batches of files of the same shape from a list the program makes (each path
/// read as the file it names, never as a pattern). A file that cannot be read is reported to <c>setAside</c> with
/// its reason and the others go on.
/// </summary>
internal static class ExportReader
{
    /// <summary>Files per DuckDB read: large enough that the per-call cost vanishes, small enough to hold in memory.</summary>
    public const int BatchFiles = 2000;

    public static IEnumerable<ExportConversation> Conversations(DuckDBConnection db, string source, ImportMapping mapping, Action<long> ignoredFiles,
                                                               Action<string, string> setAside) =>
        mapping.Layout == ImportMapping.FilePerConversationLayout ? Files(db, source, mapping, ignoredFiles, setAside) : Table(db, source, mapping);

    private const string RowColumn = "_bs_row", FileColumn = "_bs_file";

    private static IEnumerable<ExportConversation> Table(DuckDBConnection db, string source, ImportMapping mapping)
    {
        if (!File.Exists(source)) throw new FileNotFoundException($"Export not found: {source} (layout \"table\" reads one file)", source);
        var relation = Relation(source);
        if (!ExportEncoding.IsUtf8(mapping.Encoding) && TurnLogSource.IsCsv(source))
        {
            // A CSV table in another encoding: read once into the work table through a UTF-8 copy, deleted at once.
            var copies = Directory.CreateTempSubdirectory("blindspot-import-").FullName;
            try
            {
                var copy = ExportEncoding.Transcode(source, mapping.Encoding!, copies, out var problem)
                    ?? throw new InvalidDataException($"{Path.GetFileName(source)} {problem}.");
                db.Execute($"CREATE OR REPLACE TEMP TABLE _bs_transcoded AS SELECT * FROM {Relation(copy)}");
            }
            finally
            {
                Directory.Delete(copies, recursive: true);
            }
            relation = "_bs_transcoded";
        }
        var present = db.ColumnsOf(relation);
        var rowColumn = Unused(present, RowColumn);
        db.Execute($"CREATE OR REPLACE TEMP TABLE _bs_export AS SELECT row_number() OVER () AS \"{rowColumn}\", * FROM {relation}");
        var select = Columns(present, Path.GetFileName(source), mapping, mapping.Session.Column!, mapping.Customer?.Column);
        using var command = db.CreateCommand($"SELECT {select}, \"{rowColumn}\" FROM _bs_export ORDER BY 1, \"{rowColumn}\"");
        using var reader = command.ExecuteReader();
        string? current = null;
        var rows = new List<ExportRow>();
        var numbers = new List<long>();
        var width = reader.FieldCount - 1;
        while (reader.Read())
        {
            var session = reader.IsDBNull(0) ? "" : reader.GetString(0);
            if (current is not null && session != current)
            {
                yield return Conversation(current, Path.GetFileName(source), rows, numbers);
                (rows, numbers) = ([], []);
            }
            current = session;
            rows.Add(Row(reader, 1, mapping));
            numbers.Add(Convert.ToInt64(reader.GetValue(width)));
        }
        if (current is not null) yield return Conversation(current, Path.GetFileName(source), rows, numbers);
    }

    /// <summary>
    /// A name for a column the reader adds that none of the export's columns has: an export may hold a column called
    /// anything, our own names included, and it must never be read in place of ours or replaced by it.
    /// </summary>
    private static string Unused(IReadOnlyCollection<string> present, string name)
    {
        var candidate = name;
        for (var i = 1; present.Contains(candidate, StringComparer.OrdinalIgnoreCase); i++) candidate = $"{name}_{i}";
        return candidate;
    }

    private static ExportConversation Conversation(string id, string source, List<ExportRow> rows, List<long> numbers, string? customer = null) =>
        new(id, customer ?? rows.Select(r => r.Customer).FirstOrDefault(c => !string.IsNullOrWhiteSpace(c)), source, rows, numbers);

    private static IEnumerable<ExportConversation> Files(DuckDBConnection db, string source, ImportMapping mapping, Action<long> ignoredFiles,
                                                        Action<string, string> setAside)
    {
        if (!Directory.Exists(source)) throw new DirectoryNotFoundException($"Export folder not found: {source} (layout \"{ImportMapping.FilePerConversationLayout}\" reads a folder)");
        var sessionPattern = UserPattern.Compile("session.fromFileName", mapping.Session.FromFileName!);
        var customerPattern = mapping.Customer?.FromFileName is { } c ? UserPattern.Compile("customer.fromFileName", c) : null;
        // The program lists the folder and decides what is read: only its own regular files, in name order.
        var all = Directory.EnumerateFiles(source).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        var matching = all.Where(sessionPattern.IsMatch).ToList();
        ignoredFiles(all.Count - matching.Count);
        var readable = new List<ExportFile>();
        // Files in another encoding than UTF-8 are read through UTF-8 copies in a folder of the import's own, deleted after.
        var copies = ExportEncoding.IsUtf8(mapping.Encoding) ? null : Directory.CreateTempSubdirectory("blindspot-import-").FullName;
        try
        {
            foreach (var name in matching)
            {
                var path = Path.Combine(source, name);
                var file = copies is null ? ExportFile.Inspect(path)
                    : ExportFile.FileProblem(path) is { } fileProblem ? new ExportFile(path, name, [], ',', fileProblem)
                    : ExportEncoding.Transcode(path, mapping.Encoding!, copies, out var problem) is { } copy ? ExportFile.Inspect(copy) with { Name = name }
                    : new ExportFile(path, name, [], ',', problem);
                if (file.Problem is not null) setAside(name, file.Problem);
                else if (MissingColumn(file, mapping) is { } missing) setAside(name, missing);
                else readable.Add(file);
            }
            foreach (var batch in Batches(readable))
                foreach (var conversation in ReadAll(db, batch, mapping, sessionPattern, customerPattern, setAside))
                    yield return conversation;
        }
        finally
        {
            if (copies is not null) Directory.Delete(copies, recursive: true);
        }
    }

    private static IEnumerable<ExportConversation> ReadAll(DuckDBConnection db, List<ExportFile> batch, ImportMapping mapping, UserPattern sessionPattern,
                                                          UserPattern? customerPattern, Action<string, string> setAside)
    {
        foreach (var (file, rows, numbers) in ReadBatch(db, batch, mapping, setAside))
        {
            var id = sessionPattern.Match(file.Name) is { Groups.Count: > 1 } m ? m.Groups[1].Value : "";
            var customer = customerPattern?.Match(file.Name) is { Success: true, Groups.Count: > 1 } cm ? cm.Groups[1].Value : null;
            yield return Conversation(id, file.Name, rows, numbers, customer);
        }
    }

    /// <summary>Consecutive files (in name order) of one shape, at most <see cref="BatchFiles"/> at a time.</summary>
    private static IEnumerable<List<ExportFile>> Batches(List<ExportFile> files)
    {
        var batch = new List<ExportFile>();
        foreach (var file in files)
        {
            if (batch.Count == BatchFiles || (batch.Count > 0 && batch[0].Shape != file.Shape))
            {
                yield return batch;
                batch = [];
            }
            batch.Add(file);
        }
        if (batch.Count > 0) yield return batch;
    }

    private static string? MissingColumn(ExportFile file, ImportMapping mapping)
    {
        var needed = mapping.Columns.Values.Concat(mapping.SignalColumns).Append(mapping.Customer?.Column).OfType<string>();
        var missing = needed.Where(c => !file.Header.Contains(c)).Distinct().ToList();
        return missing.Count == 0 ? null
            : $"no column {string.Join(", ", missing.Select(m => $"\"{Excerpt.Of(m)}\""))} (the mapping names it; the file has {file.Header.Count} columns)";
    }

    /// <summary>
    /// One DuckDB read of a batch of files; when it fails, each file of the batch alone, so that only the file at fault
    /// is set aside. Rows come back by file, in each file's order.
    /// </summary>
    private static List<(ExportFile File, List<ExportRow> Rows, List<long> Numbers)> ReadBatch(DuckDBConnection db, List<ExportFile> batch,
                                                                                          ImportMapping mapping, Action<string, string> setAside)
    {
        try
        {
            return Read(db, batch, mapping);
        }
        catch (DuckDBException) when (batch.Count > 1)
        {
            var read = new List<(ExportFile, List<ExportRow>, List<long>)>();
            foreach (var file in batch) read.AddRange(ReadBatch(db, [file], mapping, setAside));
            return read;
        }
        catch (DuckDBException e)
        {
            setAside(batch[0].Name, "could not be read as CSV: " + Excerpt.Of(e.Message.Split('\n')[0]));
            return [];
        }
    }

    private static List<(ExportFile File, List<ExportRow> Rows, List<long> Numbers)> Read(DuckDBConnection db, List<ExportFile> batch, ImportMapping mapping)
    {
        var header = batch[0].Header;
        // Every column as text, the header taken as it is: nothing is sniffed per file, and a value never changes type.
        var columns = "{" + string.Join(", ", header.Select((h, i) => $"{DuckDb.Literal(UniqueName(header, i))}: 'VARCHAR'")) + "}";
        var present = header.Select((_, i) => UniqueName(header, i)).ToList();
        var (fileColumn, rowColumn) = (Unused(present, FileColumn), Unused(present, RowColumn));
        var relation = $"read_csv({DuckDbPath.List(batch.Select(f => f.Path))}, header = true, auto_detect = false, columns = {columns}, " +
                       $"delim = {DuckDb.Literal(batch[0].Delimiter.ToString())}, quote = '\"', escape = '\"', filename = {DuckDb.Literal(fileColumn)}, " +
                       "hive_partitioning = false, max_line_size = 4194304)";
        var select = Columns(present, batch[0].Name, mapping, null, mapping.Customer?.Column);
        var result = batch.ToDictionary(f => f.Path, f => (File: f, Rows: new List<ExportRow>(), Numbers: new List<long>()), StringComparer.Ordinal);
        // DuckDB names each row's file as the list gave it: escaped, where the name holds a pattern character.
        var byName = batch.Where(f => DuckDbPath.Escape(f.Path) != f.Path).ToDictionary(f => DuckDbPath.Escape(f.Path), f => f.Path, StringComparer.Ordinal);
        using (var command = db.CreateCommand(
                   $"SELECT \"{fileColumn}\", {select}, row_number() OVER (PARTITION BY \"{fileColumn}\" ORDER BY \"{rowColumn}\") " +
                   $"FROM (SELECT *, row_number() OVER () AS \"{rowColumn}\" FROM {relation}) ORDER BY \"{fileColumn}\", \"{rowColumn}\""))
        using (var reader = command.ExecuteReader())
        {
            var width = reader.FieldCount - 1;
            while (reader.Read())
            {
                var path = reader.GetString(0);
                if (byName.TryGetValue(path, out var unescaped)) path = unescaped;
                if (!result.TryGetValue(path, out var entry)) throw new InvalidOperationException($"DuckDB read a file that was not asked for: {Excerpt.Of(path)}");
                entry.Rows.Add(Row(reader, 1, mapping));
                entry.Numbers.Add(Convert.ToInt64(reader.GetValue(width)));
            }
        }
        return [.. batch.Select(f => result[f.Path])];
    }

    /// <summary>A header may repeat a name or leave one empty; DuckDB needs each column named once.</summary>
    private static string UniqueName(IReadOnlyList<string> header, int i)
    {
        var name = header[i].Length == 0 ? $"column{i}" : header[i];
        return header.Take(i).Contains(header[i]) ? $"{name}_{i}" : name;
    }

    private static ExportRow Row(System.Data.Common.DbDataReader r, int first, ImportMapping mapping)
    {
        string? At(int i) => r.IsDBNull(first + i) ? null : Convert.ToString(r.GetValue(first + i), System.Globalization.CultureInfo.InvariantCulture);
        var cells = mapping.SignalColumns.Select((_, i) => At(7 + i)).ToList();
        var customer = mapping.Customer?.Column is null ? null : At(7 + cells.Count);
        return new ExportRow(At(0), At(1), At(2), At(3), At(4), At(5), At(6), cells, customer);
    }

    /// <summary>
    /// The mapped columns as text, in ExportRow's order (session first when given), then the signal columns and the
    /// customer column; a missing column is named.
    /// </summary>
    private static string Columns(IReadOnlyCollection<string> present, string source, ImportMapping mapping, string? sessionColumn, string? customerColumn)
    {
        string Text(string? column)
        {
            if (column is null) return "NULL";
            if (!present.Contains(column))
                throw new InvalidDataException($"{source} has no column \"{Excerpt.Of(column)}\" (the mapping names it); its columns: {Excerpt.Of(string.Join(", ", present))}.");
            return $"CAST(\"{column.Replace("\"", "\"\"")}\" AS VARCHAR)";
        }
        var mapped = new[] { "ts", "speaker", "text", "intent", "sentiment", "bot_failure", "event" }.Select(c => Text(mapping.Columns.GetValueOrDefault(c)))
            .Concat(mapping.SignalColumns.Select(Text));
        if (customerColumn is not null) mapped = mapped.Append(Text(customerColumn));
        return string.Join(", ", sessionColumn is null ? mapped : mapped.Prepend(Text(sessionColumn)));
    }

    /// <summary>JSON lines here; CSV, Parquet and a folder of Parquet files as the turn-log reader reads them.</summary>
    private static string Relation(string path)
    {
        var lower = path.ToLowerInvariant();
        return lower.EndsWith(".jsonl", StringComparison.Ordinal) || lower.EndsWith(".ndjson", StringComparison.Ordinal) || lower.EndsWith(".json", StringComparison.Ordinal)
            ? $"read_json({DuckDbPath.Literal(path)}, format = 'newline_delimited')"
            : TurnLogSource.Relation(path);
    }
}
